using System;
using System.Diagnostics;
using System.Linq;
using BenchmarkDotNet.Running;
using CrmEnablement.PluginBenchmarks;
using CrmEnablement.Plugins.Services;

// --quick: a fast look (Stopwatch medians and the service-call counts); otherwise BenchmarkDotNet.
if (args.Contains("--quick"))
{
    foreach (var items in new[] { 1_000, 10_000 })
    {
        var org = new CustomApiOrganization(items);
        var cold = Median(() => { CatalogCache.Clear(); org.Local.ClearHistory(); org.Call(); }, 5);
        var coldCalls = org.LastPluginCalls();
        var warm = Median(() => { org.Local.ClearHistory(); org.Call(); }, 50);
        var warmCalls = org.LastPluginCalls();
        var newRep = Median(() => { org.Local.ClearHistory(); org.CallAsNewRep(); }, 9);
        var newRepCalls = org.LastPluginCalls();
        Console.WriteLine($"{items,6} items: cold {cold:F2} ms ({coldCalls} calls), warm {warm:F2} ms ({warmCalls} calls), " +
            $"a rep's first call with the catalogue warm {newRep:F2} ms ({newRepCalls} calls)");
    }

    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(CustomApiBenchmarks).Assembly).Run(args);
return 0;

static double Median(Action action, int runs)
{
    action();
    var times = Enumerable.Range(0, runs).Select(_ =>
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }).OrderBy(time => time).ToArray();
    return times[times.Length / 2];
}
