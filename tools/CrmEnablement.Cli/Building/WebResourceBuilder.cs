using System;
using System.IO;

namespace CrmEnablement.Cli.Building;

/// <summary>
/// Builds the web resource when its output is missing (the sandbox's first run, <c>cen pack</c> on a
/// fresh checkout): <c>npm ci</c> then <c>npm run build</c> in <c>WebResources/</c>, their output passed on
/// so the wait is visible. A failure is reported and leaves the caller to say what is missing.
/// </summary>
internal static class WebResourceBuilder
{
    /// <summary>The npm steps, in order.</summary>
    public static readonly string[] Steps = { "ci --no-audit --no-fund", "run build" };

    /// <summary>Tries to build <paramref name="webResources"/>; true when both steps succeed.</summary>
    public static bool TryBuild(string webResources, TextWriter progress)
    {
        var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
        foreach (var arguments in Steps)
        {
            progress.WriteLine(CliMessages.BuildingWebResource(arguments));
            var exitCode = BuildProcess.Run(npm, arguments, webResources, progress, CliMessages.NoNpm);
            if (exitCode is null)
            {
                return false;
            }

            if (exitCode != 0)
            {
                progress.WriteLine(CliMessages.BuildStepFailed("npm " + arguments, exitCode.Value));
                return false;
            }
        }

        return true;
    }
}
