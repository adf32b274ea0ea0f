namespace CrmEnablement.Engine.Ranking;

/// <summary>One reason a suggestion was made, for the rep to read.</summary>
/// <param name="Facet">What matched.</param>
/// <param name="Value">The matched value (a label, a date, a content id).</param>
/// <param name="Text">A short sentence for the rep.</param>
public sealed record Reason(ReasonFacet Facet, string Value, string Text);
