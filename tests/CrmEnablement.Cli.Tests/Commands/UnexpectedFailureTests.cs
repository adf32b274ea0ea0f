using System;
using System.IO;
using CrmEnablement.Cli.Tests.Packaging.TestSupport;
using CrmEnablement.Cli.Tests.TestSupport;

namespace CrmEnablement.Cli.Tests.Commands;

/// <summary>Exit code 1: a failure nobody planned for gets one plain line, and the details only with --verbose.</summary>
public class UnexpectedFailureTests
{
    private static readonly string Catalog = Path.Combine(RepositoryPaths.Root, "samples", "catalog.csv");
    private static readonly string Opportunities = Path.Combine(RepositoryPaths.Root, "samples", "opportunities.json");

    [Test]
    public void Recommend_ClockFails_ExitsOneWithAPlainMessageAndNoStackTrace()
    {
        var result = Run("recommend", "--catalog", Catalog, "--opportunities", Opportunities, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Unexpected));
        Assert.That(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[]
        {
            CliMessages.Unexpected(BrokenClock.Failure),
            CliMessages.VerboseHint,
        }));
        Assert.That(result.Out, Is.Empty, "nothing half-written to the output");
    }

    [Test]
    public void Recommend_ClockFailsWithVerbose_PrintsTheDetails()
    {
        var result = Run("recommend", "--catalog", Catalog, "--opportunities", Opportunities, "--format", "json", "--verbose");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Unexpected));
        Assert.That(result.Error, Does.Contain(CliMessages.Unexpected(BrokenClock.Failure)));
        Assert.That(result.Error, Does.Contain(nameof(InvalidOperationException)).And.Contain("   at "));
        Assert.That(result.Error, Does.Not.Contain(CliMessages.VerboseHint));
    }

    [Test]
    public void Help_ListsTheExitCodes()
    {
        var result = Run("--help");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok));
        Assert.That(result.Out, Does.Contain("Exit codes: 0 ok; 1 unexpected failure (add --verbose for details); 2 invalid input or usage;"));
    }

    private static CliResult Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = CliApp.Run(args, new CliContext(stdout, stderr, new BrokenClock(), false));
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString().Replace("\r", ""));
    }

    private sealed class BrokenClock : IClock
    {
        public const string Failure = "the system clock could not be read";

        public DateTime UtcNow => throw new InvalidOperationException(Failure);
    }
}
