using System;
using System.Diagnostics;
using System.IO;

namespace CrmEnablement.Cli.Building;

/// <summary>Runs one build tool (npm, dotnet) and passes its output on, indented, so a wait is visible.</summary>
internal static class BuildProcess
{
    /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    /// <returns>The exit code, or null when the tool could not be started (its reason written to <paramref name="progress"/>).</returns>
    public static int? Run(string fileName, string arguments, string workingDirectory, TextWriter progress, Func<string, string> cannotStart)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(fileName, arguments)
            {
                WorkingDirectory = workingDirectory,
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            });
            if (process is null)
            {
                progress.WriteLine(cannotStart(fileName));
                return null;
            }

            process.OutputDataReceived += (_, line) => Pass(progress, line.Data);
            process.ErrorDataReceived += (_, line) => Pass(progress, line.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (Exception error) when (error is System.ComponentModel.Win32Exception || error is InvalidOperationException)
        {
            progress.WriteLine(cannotStart(error.Message));
            return null;
        }
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
