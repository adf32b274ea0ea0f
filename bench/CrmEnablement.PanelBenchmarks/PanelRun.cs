using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading.Tasks;

namespace CrmEnablement.PanelBenchmarks;

/// <summary>
/// Opens the sample deal's form <see cref="WarmUpLoads"/> times unmeasured, then the given number
/// of times measured, and prints the first render after data (the panel's marks and the harness's
/// clock), the bundle's size, the load average and whether the §4 target is met.
/// </summary>
internal static class PanelRun
{
    /// <summary>Loads before the measured ones: JIT, the sandbox's caches and Chromium's HTTP cache warm up.</summary>
    public const int WarmUpLoads = 3;

    /// <summary>Measures and prints; returns the process exit code (0, met or missed).</summary>
    /// <exception cref="SetupException">Chromium, the built web resource or the samples are missing.</exception>
    /// <exception cref="InvalidOperationException">A load never showed suggestions.</exception>
    public static async Task<int> RunAsync(int loads, TextWriter output)
    {
        var loadAtStart = MachineLoad.OneMinute();
        ChromiumBrowser.RequireInstalled();
        var inputs = PanelInputs.Find();
        var bundle = BundleSize.Of(inputs.WebResourcesDist);
        await using var sandbox = await PanelSandbox.StartAsync(inputs);

        output.WriteLine($"CrmEnablement panel, first render after data: {RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} cores, " +
            $"{RuntimeInformation.OSDescription}, Chromium {sandbox.BrowserVersion} headless, load average {loadAtStart}");
#if DEBUG
        output.WriteLine(PanelBenchMessages.DebugBuild);
#endif
        for (var i = 0; i < WarmUpLoads; i++)
        {
            await sandbox.LoadAsync();
        }

        var times = new List<RenderTimes>(loads);
        for (var i = 0; i < loads; i++)
        {
            times.Add(await sandbox.LoadAsync());
        }

        var shown = await sandbox.ShownItemsAsync();
        var panel = Figures.Of(times.Select(t => t.PanelMilliseconds).ToArray());
        var harness = Figures.Of(times.Select(t => t.HarnessMilliseconds).ToArray());

        output.WriteLine($"Deal {sandbox.Deal.FileId} ({sandbox.Deal.Name}), {shown} suggestions shown, ranking as of {PanelSandbox.Today:yyyy-MM-dd}");
        output.WriteLine();
        output.WriteLine($"Web resource bundle {Path.Combine("dist", BundleSize.RelativePath)}");
        output.WriteLine($"  {bundle.Bytes:N0} bytes minified, {bundle.GzipBytes:N0} bytes gzip (budget {Budgets.BundleBytes:N0} bytes minified)");
        output.WriteLine();
        output.WriteLine($"First render after data, {loads} loads after {WarmUpLoads} warm-up        median       p90       max");
        output.WriteLine($"  panel marks cen-data → cen-rendered, ms          {panel.Median,8:N1}  {panel.P90,8:N1}  {panel.Max,8:N1}");
        output.WriteLine($"  harness json() → first item in the DOM, ms       {harness.Median,8:N1}  {harness.P90,8:N1}  {harness.Max,8:N1}");
        output.WriteLine();
        output.WriteLine(PanelBenchMessages.LoadAverageAtEnd(MachineLoad.OneMinute()));
        output.WriteLine(PanelBenchMessages.Verdict(
            panel.Median <= Budgets.FirstRenderMilliseconds,
            $"first render ≤ {Budgets.FirstRenderMilliseconds} ms after data, median of the panel's marks ({panel.Median:N1} ms)"));
        output.WriteLine(PanelBenchMessages.Verdict(
            harness.Median <= Budgets.FirstRenderMilliseconds,
            $"first render ≤ {Budgets.FirstRenderMilliseconds} ms after data, median of the harness's clock ({harness.Median:N1} ms)"));
        return 0;
    }
}
