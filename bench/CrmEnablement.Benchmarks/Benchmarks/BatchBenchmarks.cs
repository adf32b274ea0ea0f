using BenchmarkDotNet.Attributes;
using CrmEnablement.Benchmarks.Baseline;
using CrmEnablement.Benchmarks.Data;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Settings;

namespace CrmEnablement.Benchmarks.Benchmarks;

/// <summary>
/// The MSX-scale refresh (700k deals × 40k items ≤ 60 s on 2 cores), measured on 10k deals × 40k
/// items, against the naive LINQ baseline on the first 200 of the same deals. Every figure is
/// <b>per deal</b> (<c>OperationsPerInvoke</c> = deals ranked), so the Ratio column compares like with like.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class BatchBenchmarks
{
    public const int ItemCount = 40_000;
    public const int DealCount = 10_000;
    public const int NaiveDealCount = 200;

    private Ranker _ranker = null!;
    private NaiveRanker _naive = null!;
    private OpportunityProfile[] _deals = null!;
    private OpportunityProfile[] _naiveDeals = null!;

    [GlobalSetup]
    public void Setup()
    {
        SetupCheck.RunOnce();
        var items = SyntheticData.Items(ItemCount);
        _ranker = new Ranker(CatalogIndex.Build(items, EngineSettings.Default));
        _naive = new NaiveRanker(items, EngineSettings.Default);
        _deals = SyntheticData.Deals(DealCount, items);
        _naiveDeals = _deals[..NaiveDealCount];
    }

    [Benchmark(OperationsPerInvoke = DealCount)]
    public int EngineSerial_PerDeal_10kDeals() => BatchWork.Serial(_ranker, _deals, SyntheticData.AsOf);

    [Benchmark(OperationsPerInvoke = DealCount)]
    public int EngineParallel2Cores_PerDeal_10kDeals() => BatchWork.Parallel(_ranker, _deals, SyntheticData.AsOf);

    [Benchmark(Baseline = true, OperationsPerInvoke = NaiveDealCount)]
    public int NaiveSerial_PerDeal_200Deals() => BatchWork.Naive(_naive, _naiveDeals, SyntheticData.AsOf);
}
