using System;

namespace CrmEnablement.Cli.Tests.TestSupport;

/// <summary>What one in-process run of <c>cen</c> produced.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public string[] OutLines => Lines(Out);

    public string[] ErrorLines => Lines(Error);

    private static string[] Lines(string text) =>
        text.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
