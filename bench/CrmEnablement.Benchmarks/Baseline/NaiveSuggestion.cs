namespace CrmEnablement.Benchmarks.Baseline;

/// <summary>One item the naive ranker chose, with its score in points (three decimals, as the engine's).</summary>
/// <param name="ContentId">The chosen item's id.</param>
/// <param name="Score">The score in points.</param>
public sealed record NaiveSuggestion(string ContentId, decimal Score);
