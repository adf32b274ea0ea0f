using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using CrmEnablement.Benchmarks.Checks;
using CrmEnablement.Benchmarks.Quick;

namespace CrmEnablement.Benchmarks;

/// <summary>
/// <c>--quick</c>: Stopwatch figures for the budgets in about a minute; <c>--check</c>: only the
/// naive-versus-engine cross-check; anything else goes to BenchmarkDotNet (<c>--filter '*'</c> runs all).
/// </summary>
public static class Program
{
    private const string QuickSwitch = "--quick";
    private const string CheckSwitch = "--check";

    public static int Main(string[] args)
    {
        try
        {
            if (args.Contains(QuickSwitch))
            {
                return QuickRun.Run(Console.Out);
            }

            if (args.Contains(CheckSwitch))
            {
                Console.WriteLine(EquivalenceCheck.Run());
                return 0;
            }

            // Results land beside the binaries, inside bench/, whatever the working directory.
            // The Ratio column reads "37.5x faster" rather than "0.03".
            var config = DefaultConfig.Instance
                .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"))
                .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
            return 0;
        }
        catch (InvalidOperationException failure)
        {
            Console.Error.WriteLine(failure.Message);
            return 1;
        }
    }
}
