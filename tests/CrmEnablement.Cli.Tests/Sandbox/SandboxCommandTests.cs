using System.Linq;
using System.Net;
using System.Net.Sockets;
using CrmEnablement.Cli.Tests.TestSupport;

namespace CrmEnablement.Cli.Tests.Sandbox;

/// <summary>What <c>cen sandbox</c> refuses before it serves anything (a running sandbox is tested through <see cref="RunningSandbox"/>).</summary>
public sealed class SandboxCommandTests
{
    private readonly TempDirectory _temp = new();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    private static string[] Args(params string[] extra) =>
        new[] { "sandbox", "--no-browser", "--opportunities", Samples.Opportunities, "--settings", Samples.Settings! }.Concat(extra).ToArray();

    [Test]
    public void Run_InvalidCatalog_ExitsTwoWithTheValidatorsMessages()
    {
        var catalog = _temp.Write("catalog.csv", new CatalogCsvBuilder().Row("CNT-1", ("url", "ftp://nope")).Build());
        var validate = CliRunner.Run("validate", "--catalog", catalog);

        var result = CliRunner.Run(Args("--catalog", catalog));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines[0], Is.EqualTo(validate.OutLines[0]));
        Assert.That(result.Out, Is.Empty);
    }

    [Test]
    public void Run_MissingOpportunities_ExitsTwoNamingTheFile()
    {
        var missing = _temp.PathOf("nope.json");

        var result = CliRunner.Run("sandbox", "--no-browser", "--catalog", Samples.Catalog, "--opportunities", missing);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error, Does.Contain(CliMessages.FileNotFound("opportunities file", missing)));
    }

    [Test]
    public void Run_BadAsOf_ExitsTwo()
    {
        var result = CliRunner.Run(Args("--catalog", Samples.Catalog, "--as-of", "26/11/2026"));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error, Does.Contain(CliMessages.BadAsOf("26/11/2026")));
    }

    [TestCase("-1")]
    [TestCase("70000")]
    public void Run_PortOutOfRange_ExitsTwo(string port)
    {
        var result = CliRunner.Run(Args("--catalog", Samples.Catalog, "--port", port));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error, Does.Contain(CliMessages.SandboxBadPort(int.Parse(port))));
    }

    [TestCase("0")]
    [TestCase("99999")]
    public void Run_LanguageNotALanguageId_ExitsTwo(string language)
    {
        var result = CliRunner.Run(Args("--catalog", Samples.Catalog, "--language", language));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error, Does.Contain(CliMessages.SandboxBadLanguage(int.Parse(language))));
    }

    [Test]
    public void Run_PortTaken_ExitsTwoNamingThePortAndSuggestingAnother()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = CliRunner.Run(Args("--catalog", Samples.Catalog, "--port", port.ToString(), "--as-of", FixedClock.TodayText));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error, Does.Contain(CliMessages.SandboxPortInUse(port)));
    }

    [Test]
    public void Help_ListsEveryOption()
    {
        var result = CliRunner.Run("sandbox", "--help");

        Assert.That(result.Out, Does.Contain("--port").And.Contain("--catalog").And.Contain("--opportunities").And.Contain("--settings")
            .And.Contain("--as-of").And.Contain("--no-browser"));
    }
}
