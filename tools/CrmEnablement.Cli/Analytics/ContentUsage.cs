namespace CrmEnablement.Cli.Analytics;

/// <summary>What happened to one content item, and the win rate with and without it.</summary>
internal sealed record ContentUsage
{
    public string ContentId { get; init; } = "";
    public string Title { get; init; } = "";
    public string Author { get; init; } = "";
    public int Suggested { get; init; }
    public int Opened { get; init; }
    /// <summary>Shared with the customer or copied (a link or text).</summary>
    public int SharedOrCopied { get; init; }
    public int Helpful { get; init; }
    public int NotHelpful { get; init; }
    public int Dismissed { get; init; }
    /// <summary>Closed deals where the item was opened, shared or copied.</summary>
    public WinRate Used { get; init; }
    /// <summary>Closed deals of the same phases and industries where it was not.</summary>
    public WinRate NotUsed { get; init; }

    /// <summary>Percentage points the win rate with the item beats the one without; null when either is unknown.</summary>
    public double? Lift => Used.Rate is { } used && NotUsed.Rate is { } notUsed ? (used - notUsed) * 100 : null;
}
