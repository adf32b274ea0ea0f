using System;
using System.Collections.Generic;

namespace CrmEnablement.Engine.Model;

/// <summary>
/// What the engine knows about a deal. Labels are as entered (they may be unknown to the
/// vocabulary; the ranker warns about those rather than failing).
/// </summary>
public sealed record OpportunityProfile
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public string? Industry { get; init; }
    public string? SalesStage { get; init; }
    public OpportunityStatus Status { get; init; }
    /// <summary>An explicit journey-phase override; wins over status and stage.</summary>
    public string? Phase { get; init; }
    public IReadOnlyList<string> BuyerRoles { get; init; } = Array.Empty<string>();
    public IReadOnlyList<Stakeholder> Stakeholders { get; init; } = Array.Empty<Stakeholder>();
    public IReadOnlyList<string> Challenges { get; init; } = Array.Empty<string>();
    public string? Language { get; init; }
    /// <summary>Content ids the rep marked "not for this deal"; never suggested again for it.</summary>
    public IReadOnlyList<string> Dismissed { get; init; } = Array.Empty<string>();
}
