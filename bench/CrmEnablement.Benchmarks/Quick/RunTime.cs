namespace CrmEnablement.Benchmarks.Quick;

/// <summary>
/// How long a run took on the wall clock, and how much processor time the process used meanwhile.
/// On a machine shared with other work the second is the better estimate of an idle machine's wall time.
/// </summary>
/// <param name="WallSeconds">Elapsed seconds.</param>
/// <param name="CpuSeconds">Processor seconds the process used, summed over its threads.</param>
internal readonly record struct RunTime(double WallSeconds, double CpuSeconds);
