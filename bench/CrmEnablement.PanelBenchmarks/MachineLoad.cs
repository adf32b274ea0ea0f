using System.IO;

namespace CrmEnablement.PanelBenchmarks;

/// <summary>
/// The one-minute load average, printed beside the figures: on a 2-core machine, a build or test
/// run in another shell doubles every time, and the figures are only worth quoting near load 1.
/// (The same as bench/CrmEnablement.Benchmarks' Quick/MachineLoad, which is internal there.)
/// </summary>
internal static class MachineLoad
{
    private const string LoadAverageFile = "/proc/loadavg";

    /// <summary>The one-minute load average, or "unknown" where the system does not publish it.</summary>
    public static string OneMinute()
    {
        if (!File.Exists(LoadAverageFile))
        {
            return "unknown";
        }

        var fields = File.ReadAllText(LoadAverageFile).Split(' ');
        return fields.Length > 0 ? fields[0] : "unknown";
    }
}
