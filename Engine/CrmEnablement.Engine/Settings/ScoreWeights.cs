namespace CrmEnablement.Engine.Settings;

/// <summary>
/// Points each matched facet adds to a suggestion's score. Feedback and freshness only break
/// near-ties: <see cref="EngineSettings.Validate"/> keeps 2 × feedback + freshness below the
/// smallest facet weight, so a one-facet difference in specificity always wins.
/// </summary>
public sealed record ScoreWeights
{
    /// <summary>Item tagged with the deal's industry.</summary>
    public double Industry { get; init; } = 4;
    /// <summary>Item tagged with at least one of the deal's buyer roles.</summary>
    public double BuyerRole { get; init; } = 4;
    /// <summary>Item tagged with the deal's journey phase.</summary>
    public double Phase { get; init; } = 3;
    /// <summary>Item tagged with the deal's sales stage.</summary>
    public double SalesStage { get; init; } = 3;
    /// <summary>Each challenge the item shares with the deal.</summary>
    public double Challenge { get; init; } = 2;
    /// <summary>An enablement lead pinned the item: about as much as one matched facet.</summary>
    public double Pinned { get; init; } = 3;
    /// <summary>Largest swing, up or down, from smoothed rep feedback.</summary>
    public double Feedback { get; init; } = 0.6;
    /// <summary>Bonus for an item published today, halving every half-life.</summary>
    public double Freshness { get; init; } = 0.3;
}
