using System;
using System.Diagnostics;
using System.IO;

namespace CrmEnablement.Cli.Sandbox;

/// <summary>
/// Builds the web resource the first time the sandbox runs on a fresh checkout, so one command shows
/// the panel: <c>npm ci</c> then <c>npm run build</c> in <c>WebResources/</c>, their output passed on
/// so the wait is visible. Any failure leaves the sandbox running with its "not built" message.
/// </summary>
internal static class WebResourceBuilder
{
    /// <summary>Tries to build <paramref name="webResources"/>; true when both steps succeed.</summary>
    public static bool TryBuild(string webResources, TextWriter progress)
    {
        var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
        foreach (var arguments in new[] { "ci --no-audit --no-fund", "run build" })
        {
            progress.WriteLine(CliMessages.SandboxBuildingWebResource(arguments));
            try
            {
                using var process = Process.Start(new ProcessStartInfo(npm, arguments)
                {
                    WorkingDirectory = webResources,
                    UseShellExecute = false,
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                });
                if (process is null)
                {
                    return false;
                }

                process.OutputDataReceived += (_, line) => Pass(progress, line.Data);
                process.ErrorDataReceived += (_, line) => Pass(progress, line.Data);
                process.BeginOutputReadLine();
                process.BeginErrorReadLine();
                process.WaitForExit();
                if (process.ExitCode != 0)
                {
                    progress.WriteLine(CliMessages.SandboxWebResourceBuildFailed(arguments, process.ExitCode));
                    return false;
                }
            }
            catch (Exception error) when (error is System.ComponentModel.Win32Exception || error is InvalidOperationException)
            {
                // npm is not installed: the "not built" message says what to do.
                progress.WriteLine(CliMessages.SandboxNoNpm(error.Message));
                return false;
            }
        }

        return true;
    }

    private static void Pass(TextWriter progress, string? line)
    {
        if (line is not null)
        {
            lock (progress)
            {
                progress.WriteLine("  " + line);
            }
        }
    }
}
