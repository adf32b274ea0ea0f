using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using CrmEnablement.Cli.Tests.TestSupport;

namespace CrmEnablement.Cli.Tests.Sandbox;

/// <summary><c>cen sandbox</c> as a person runs it: a real process that Ctrl+C (SIGINT) stops cleanly.</summary>
[NonParallelizable]
public class SandboxProcessTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Test]
    public async Task Sandbox_CtrlC_StopsCleanlyWithExitZero()
    {
        Assume.That(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "sends SIGINT with kill(1)");
        using var work = new TempDirectory();
        var cen = Path.Combine(AppContext.BaseDirectory, "cen.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            // A folder without WebResources/ above it: the sandbox must not try to build the panel.
            WorkingDirectory = work.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { cen, "sandbox", "--port", "0", "--no-browser", "--catalog", Samples.Catalog, "--opportunities", Samples.Opportunities })
        {
            start.ArgumentList.Add(argument);
        }

        using var sandbox = Process.Start(start)!;
        var errors = sandbox.StandardError.ReadToEndAsync();
        try
        {
            var ready = await ReadUntilAsync(sandbox.StandardOutput, "cen: sandbox ready at ");
            Assert.That(ready, Does.Contain("(Ctrl+C to stop)"));

            using (var kill = Process.Start("kill", new[] { "-INT", sandbox.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) })!)
            {
                await kill.WaitForExitAsync();
            }

            var rest = await sandbox.StandardOutput.ReadToEndAsync().WaitAsync(Patience);
            await sandbox.WaitForExitAsync().WaitAsync(Patience);

            Assert.That(sandbox.ExitCode, Is.EqualTo(ExitCodes.Ok), await errors);
            Assert.That(rest, Does.Contain(CliMessages.SandboxStopped));
        }
        finally
        {
            if (!sandbox.HasExited)
            {
                sandbox.Kill(entireProcessTree: true);
            }
        }
    }

    private static async Task<string> ReadUntilAsync(StreamReader output, string prefix)
    {
        while (true)
        {
            var line = await output.ReadLineAsync().WaitAsync(Patience);
            if (line is null)
            {
                Assert.Fail($"the sandbox ended before printing '{prefix}…'");
            }

            if (line!.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line;
            }
        }
    }
}
