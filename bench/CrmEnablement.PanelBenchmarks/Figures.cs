using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmEnablement.PanelBenchmarks;

/// <summary>Median, 90th percentile (nearest rank) and maximum of a set of timings, in milliseconds.</summary>
internal sealed record Figures(double Median, double P90, double Max)
{
    /// <summary>The figures of <paramref name="milliseconds"/> (at least one value).</summary>
    public static Figures Of(IReadOnlyCollection<double> milliseconds)
    {
        var sorted = milliseconds.OrderBy(value => value).ToArray();
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        var p90 = sorted[Math.Max(0, (int)Math.Ceiling(0.9 * sorted.Length) - 1)];
        return new Figures(median, p90, sorted[^1]);
    }
}
