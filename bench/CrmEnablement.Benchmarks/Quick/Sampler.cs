using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;

namespace CrmEnablement.Benchmarks.Quick;

/// <summary>Stopwatch timing for the quick mode: warm up, then time each call until the time is up.</summary>
internal static class Sampler
{
    /// <summary>Microseconds per call of <paramref name="call"/> (given the call's number), after a warm-up.</summary>
    public static double[] MicrosecondsPerCall(Action<int> call, TimeSpan warmUp, TimeSpan duration)
    {
        RunFor(call, warmUp);
        var samples = new List<double>(1 << 16);
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        for (var i = 0; ; i++)
        {
            var start = Stopwatch.GetTimestamp();
            call(i);
            var stop = Stopwatch.GetTimestamp();
            samples.Add((stop - start) * 1_000_000.0 / Stopwatch.Frequency);
            if (stop > end)
            {
                return samples.ToArray();
            }
        }
    }

    /// <summary>Wall and processor time of each of <paramref name="runs"/> runs of <paramref name="run"/>, after one warm-up run.</summary>
    public static RunTime[] TimePerRun(Action run, int runs)
    {
        run();
        var times = new RunTime[runs];
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            run();
            var wall = watch.Elapsed;
            process.Refresh();
            times[i] = new RunTime(wall.TotalSeconds, (process.TotalProcessorTime - cpuBefore).TotalSeconds);
        }

        return times;
    }

    /// <summary>The median wall time and the median processor time of <paramref name="times"/>.</summary>
    public static RunTime Median(IReadOnlyCollection<RunTime> times) =>
        new(Median(times.Select(time => time.WallSeconds).ToArray()), Median(times.Select(time => time.CpuSeconds).ToArray()));

    /// <summary>Bytes this thread allocates per call of <paramref name="call"/>, over <paramref name="calls"/> calls.</summary>
    public static double BytesPerCall(Action<int> call, int calls)
    {
        call(0);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < calls; i++)
        {
            call(i);
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)calls;
    }

    public static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.OrderBy(value => value).ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static double Percentile(IReadOnlyCollection<double> values, double fraction)
    {
        var sorted = values.OrderBy(value => value).ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)(fraction * sorted.Length))];
    }

    private static void RunFor(Action<int> call, TimeSpan duration)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; watch.Elapsed < duration; i++)
        {
            call(i);
        }
    }
}
