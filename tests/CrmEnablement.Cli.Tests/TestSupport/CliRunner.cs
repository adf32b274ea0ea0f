using System.IO;
using CrmEnablement.Cli;

namespace CrmEnablement.Cli.Tests.TestSupport;

/// <summary>Runs <c>cen</c> in-process with captured streams and a <see cref="FixedClock"/>; no console is touched.</summary>
internal static class CliRunner
{
    /// <summary>Runs with standard output redirected (not a terminal), as in a pipeline.</summary>
    public static CliResult Run(params string[] args) => Run(outputIsTerminal: false, args);

    public static CliResult Run(bool outputIsTerminal, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = CliApp.Run(args, new CliContext(stdout, stderr, new FixedClock(), outputIsTerminal));
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }
}
