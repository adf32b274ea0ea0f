using System.Collections.Generic;

namespace CrmEnablement.Engine.Ranking;

/// <summary>One ranked piece of content for an opportunity, with why it was chosen.</summary>
public sealed record Suggestion
{
    /// <summary>1 for the best suggestion.</summary>
    public int Rank { get; init; }
    public string ContentId { get; init; } = "";
    public string Title { get; init; } = "";
    public string Url { get; init; } = "";
    public string Kind { get; init; } = "";
    public string Audience { get; init; } = "";
    /// <summary>The score, in points, to three decimals.</summary>
    public decimal Score { get; init; }
    /// <summary>The deal's buyer roles this item is tagged for; empty when it serves every role.</summary>
    public IReadOnlyList<string> ForRoles { get; init; } = new string[0];
    public IReadOnlyList<Reason> Reasons { get; init; } = new Reason[0];
}
