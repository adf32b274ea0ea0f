namespace CrmEnablement.Engine.Ranking;

/// <summary>An item's tags and dates as numbers and bitsets, computed once per catalogue.</summary>
internal struct ItemFacts
{
    public ulong Roles;
    public ulong Stages;
    public ulong Phases;
    public ulong Challenges;
    public int PublishedDay;
    public int ExpiresDay;
    /// <summary>Language id (0 = any language).</summary>
    public int Language;
    /// <summary>Kind position × 2 + 1 for internal items: the pool whose per-kind cap applies.</summary>
    public int Bucket;
    /// <summary>Pin and smoothed feedback, in milli-points.</summary>
    public int BaseScore;
    public int FeedbackScore;
    public bool Published;
    public bool Internal;
    /// <summary>Industry positions; empty = generic.</summary>
    public int[] Industries;
    /// <summary>Item position of the refresher, or -1.</summary>
    public int RelatedTraining;
}
