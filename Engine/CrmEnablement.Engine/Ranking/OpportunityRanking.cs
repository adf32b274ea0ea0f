using System.Collections.Generic;

namespace CrmEnablement.Engine.Ranking;

/// <summary>The suggestions for one opportunity, the phase they were chosen for, and any warnings.</summary>
public sealed record OpportunityRanking
{
    public string OpportunityId { get; init; } = "";
    /// <summary>The journey phase label the deal was ranked for.</summary>
    public string Phase { get; init; } = "";
    /// <summary>The industry label the deal was ranked for; null when missing or not in the vocabulary.</summary>
    public string? Industry { get; init; }
    /// <summary>
    /// The buyer-role labels the ranking matched items against (the deal's buyer roles and its
    /// stakeholders' roles that the vocabulary knows), in vocabulary order.
    /// </summary>
    public IReadOnlyList<string> BuyerRoles { get; init; } = new string[0];
    public IReadOnlyList<string> Warnings { get; init; } = new string[0];
    public IReadOnlyList<Suggestion> Suggestions { get; init; } = new Suggestion[0];
}
