namespace CrmEnablement.Benchmarks.Quick;

/// <summary>The targets the figures are held to: ARCHITECTURE.md §4 and the baseline's expected gap.</summary>
internal static class Budgets
{
    /// <summary>Median time to rank one deal against 10k items, in process.</summary>
    public const double RankOneMedianMicroseconds = 100;

    /// <summary>The MSX-scale refresh: this many deals…</summary>
    public const int RefreshDeals = 700_000;

    /// <summary>…against this many items…</summary>
    public const int RefreshItems = 40_000;

    /// <summary>…within this many seconds on <see cref="Benchmarks.BatchWork.BudgetCores"/> cores.</summary>
    public const double RefreshSeconds = 60;

    /// <summary>The engine must be at least this many times faster than the naive LINQ ranker.</summary>
    public const double MinSpeedUp = 20;

    /// <summary>Allocation per deal may differ by at most this fraction between 10k and 100k items.</summary>
    public const double AllocationTolerance = 0.10;
}
