using System.Collections.Generic;

namespace CrmEnablement.Engine.Ranking;

/// <summary>The suggestions for one opportunity, the phase they were chosen for, and any warnings.</summary>
public sealed record OpportunityRanking
{
    public string OpportunityId { get; init; } = "";
    /// <summary>The journey phase label the deal was ranked for.</summary>
    public string Phase { get; init; } = "";
    public IReadOnlyList<string> Warnings { get; init; } = new string[0];
    public IReadOnlyList<Suggestion> Suggestions { get; init; } = new Suggestion[0];
}
