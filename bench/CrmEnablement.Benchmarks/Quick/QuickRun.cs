using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using CrmEnablement.Benchmarks.Baseline;
using CrmEnablement.Benchmarks.Benchmarks;
using CrmEnablement.Benchmarks.Checks;
using CrmEnablement.Benchmarks.Data;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Settings;

namespace CrmEnablement.Benchmarks.Quick;

/// <summary>
/// <c>--quick</c>: the budget figures in well under a minute, with a Stopwatch instead of
/// BenchmarkDotNet. Good for a fast look and for the README; the BenchmarkDotNet run is the one to
/// trust for small differences. Beside each wall time it prints the processor time the process
/// used, which estimates an idle machine's time when other work shares the cores.
/// </summary>
public static class QuickRun
{
    private const int CycledDeals = 1024;
    private const int CpuBlockCalls = 4 * CycledDeals;
    private const int BatchRuns = 3;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Measure = TimeSpan.FromSeconds(3);

    /// <summary>Measures, prints the figures and whether each target is met, and returns the process exit code (0).</summary>
    public static int Run(TextWriter output)
    {
        output.WriteLine($"CrmEnablement engine, quick run: {RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} cores, " +
            $"{RuntimeInformation.OSDescription}, ranking as of {SyntheticData.AsOf:yyyy-MM-dd}, load average {MachineLoad.OneMinute()}");
#if DEBUG
        output.WriteLine("WARNING: a Debug build; run with -c Release for figures worth quoting.");
#endif
        output.WriteLine(EquivalenceCheck.Run());
        var verdicts = new List<(string Target, bool Met)>();
        RankOne(output, verdicts);
        Batch(output, verdicts);

        output.WriteLine();
        output.WriteLine($"Load average at the end: {MachineLoad.OneMinute()}; above 1, wall times overstate an idle machine's and the CPU lines are the better estimate.");
        foreach (var (target, met) in verdicts)
        {
            output.WriteLine($"{(met ? "MET   " : "MISSED")}  {target}");
        }

        return 0;
    }

    private static void RankOne(TextWriter output, List<(string Target, bool Met)> verdicts)
    {
        var small = RankOne(10_000);
        var large = RankOne(100_000);
        output.WriteLine();
        output.WriteLine("Rank one deal (1,024 deals cycled)     10k items    100k items");
        output.WriteLine($"  median µs per deal               {small.Median,12:N1}  {large.Median,12:N1}");
        output.WriteLine($"  p90 µs per deal                  {small.P90,12:N1}  {large.P90,12:N1}");
        output.WriteLine($"  mean CPU µs per deal             {small.CpuMean,12:N1}  {large.CpuMean,12:N1}");
        output.WriteLine($"  allocated bytes per deal         {small.Bytes,12:N0}  {large.Bytes,12:N0}");
        var extraBytesPerItem = (large.Bytes - small.Bytes) / (100_000 - 10_000);
        output.WriteLine($"  extra bytes per extra catalogue item: {extraBytesPerItem:N4}");
        verdicts.Add(($"median ≤ {Budgets.RankOneMedianMicroseconds} µs per deal at 10k items ({small.Median:N1} µs)", small.Median <= Budgets.RankOneMedianMicroseconds));
        var allocationRatio = large.Bytes / small.Bytes;
        verdicts.Add(($"allocation independent of catalogue size (100k/10k = {allocationRatio:N3})", Math.Abs(allocationRatio - 1) <= Budgets.AllocationTolerance));
    }

    private static (double Median, double P90, double CpuMean, double Bytes) RankOne(int itemCount)
    {
        var items = SyntheticData.Items(itemCount);
        var ranker = new Ranker(CatalogIndex.Build(items, EngineSettings.Default));
        var deals = SyntheticData.Deals(CycledDeals, items);
        void Call(int i) => ranker.Rank(deals[i & (CycledDeals - 1)], SyntheticData.AsOf);
        var micros = Sampler.MicrosecondsPerCall(Call, WarmUp, Measure);
        var block = Sampler.Median(Sampler.TimePerRun(
            () =>
            {
                for (var i = 0; i < CpuBlockCalls; i++)
                {
                    Call(i);
                }
            },
            BatchRuns));
        var bytes = Sampler.BytesPerCall(Call, CpuBlockCalls);
        return (Sampler.Median(micros), Sampler.Percentile(micros, 0.9), block.CpuSeconds * 1e6 / CpuBlockCalls, bytes);
    }

    private static void Batch(TextWriter output, List<(string Target, bool Met)> verdicts)
    {
        var items = SyntheticData.Items(Budgets.RefreshItems);
        var ranker = new Ranker(CatalogIndex.Build(items, EngineSettings.Default));
        var deals = SyntheticData.Deals(BatchBenchmarks.DealCount, items);
        var serial = Sampler.Median(Sampler.TimePerRun(() => BatchWork.Serial(ranker, deals, SyntheticData.AsOf), BatchRuns));
        var parallel = Sampler.Median(Sampler.TimePerRun(() => BatchWork.Parallel(ranker, deals, SyntheticData.AsOf), BatchRuns));
        var perDeal = 1e6 / deals.Length;
        var refreshWall = Budgets.RefreshDeals * parallel.WallSeconds / deals.Length;
        var refreshCpu = Budgets.RefreshDeals * parallel.CpuSeconds / BatchWork.BudgetCores / deals.Length;
        output.WriteLine();
        output.WriteLine($"Batch {deals.Length:N0} deals × {items.Length:N0} items (median of {BatchRuns} runs)");
        output.WriteLine($"  serial               {deals.Length / serial.WallSeconds,10:N0} deals/s   {serial.WallSeconds * perDeal,8:N1} µs per deal   (CPU {serial.CpuSeconds * perDeal:N1} µs per deal)");
        output.WriteLine($"  parallel, {BatchWork.BudgetCores} cores     {deals.Length / parallel.WallSeconds,10:N0} deals/s   {parallel.WallSeconds * perDeal,8:N1} µs per deal   (CPU {parallel.CpuSeconds * perDeal:N1} µs per deal over both cores)");
        output.WriteLine($"  {Budgets.RefreshDeals:N0} × {Budgets.RefreshItems:N0} on {BatchWork.BudgetCores} cores, extrapolated: {refreshWall:N1} s wall   (CPU time / {BatchWork.BudgetCores}: {refreshCpu:N1} s)");
        verdicts.Add(($"{Budgets.RefreshDeals:N0} × {Budgets.RefreshItems:N0} ≤ {Budgets.RefreshSeconds} s on {BatchWork.BudgetCores} cores, wall ({refreshWall:N1} s)", refreshWall <= Budgets.RefreshSeconds));
        verdicts.Add(($"{Budgets.RefreshDeals:N0} × {Budgets.RefreshItems:N0} ≤ {Budgets.RefreshSeconds} s on {BatchWork.BudgetCores} cores, CPU time / {BatchWork.BudgetCores} ({refreshCpu:N1} s)", refreshCpu <= Budgets.RefreshSeconds));

        var naive = new NaiveRanker(items, EngineSettings.Default);
        var naiveDeals = deals.Take(BatchBenchmarks.NaiveDealCount).ToArray();
        var naiveRun = Sampler.Median(Sampler.TimePerRun(() => BatchWork.Naive(naive, naiveDeals, SyntheticData.AsOf), BatchRuns));
        var naivePerDeal = naiveRun.WallSeconds * 1e6 / naiveDeals.Length;
        var enginePerDeal = serial.WallSeconds * perDeal;
        var speedUp = naivePerDeal / enginePerDeal;
        var cpuSpeedUp = naiveRun.CpuSeconds / naiveDeals.Length / (serial.CpuSeconds / deals.Length);
        output.WriteLine();
        output.WriteLine($"Naive LINQ baseline, first {naiveDeals.Length} of the same deals × {items.Length:N0} items, serial");
        output.WriteLine($"  naive µs per deal    {naivePerDeal,10:N1}   (CPU {naiveRun.CpuSeconds * 1e6 / naiveDeals.Length:N1})");
        output.WriteLine($"  engine µs per deal   {enginePerDeal,10:N1}   (CPU {serial.CpuSeconds * perDeal:N1}; the serial batch above)");
        output.WriteLine($"  speed-up             {speedUp,10:N1}×  (by CPU time {cpuSpeedUp:N1}×)");
        verdicts.Add(($"≥ {Budgets.MinSpeedUp}× the naive ranker ({speedUp:N1}×)", speedUp >= Budgets.MinSpeedUp));
    }
}
