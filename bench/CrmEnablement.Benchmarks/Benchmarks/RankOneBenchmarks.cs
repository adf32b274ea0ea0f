using BenchmarkDotNet.Attributes;
using CrmEnablement.Benchmarks.Data;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Settings;

namespace CrmEnablement.Benchmarks.Benchmarks;

/// <summary>
/// One opportunity ranked in process, the ≤ 100 µs budget at 10k items. Run at 10k and 100k items:
/// the Allocated column must be about equal for both, since nothing is allocated per scanned item.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class RankOneBenchmarks
{
    /// <summary>A power of two, so cycling through the deals is a mask, not a division.</summary>
    private const int DealCount = 1024;

    private Ranker _ranker = null!;
    private OpportunityProfile[] _deals = null!;
    private int _next;

    /// <summary>Catalogue size.</summary>
    [Params(10_000, 100_000)]
    public int Items { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        SetupCheck.RunOnce();
        var items = SyntheticData.Items(Items);
        _ranker = new Ranker(CatalogIndex.Build(items, EngineSettings.Default));
        _deals = SyntheticData.Deals(DealCount, items);
        _next = 0;
    }

    /// <summary>Ranks the next of a fixed cycle of deals, so every call sees a different deal.</summary>
    [Benchmark]
    public OpportunityRanking RankOne() => _ranker.Rank(_deals[_next++ & (DealCount - 1)], SyntheticData.AsOf);
}
