using System;
using System.Linq;
using System.Text.RegularExpressions;
using CrmEnablement.Cli.Tests.TestSupport;
using CrmEnablement.Cli.Tests.TestSupport.FakeDataverse;

namespace CrmEnablement.Cli.Tests.Commands;

/// <summary>What a person sees while and after the network misbehaves: messages, notices of waits, masking.</summary>
public partial class CatalogImportCommandTests
{
    [Test]
    public void Import_OneLetterToken_MessagesAreNotGarbled()
    {
        var result = Cen.RunRaw("catalog", "import", "--file", Catalog(new CatalogCsvBuilder().Row("A")), "--url", Fake.Url, "--token", "t");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.EnvironmentFailure));
        Assert.That(result.Error, Does.StartWith("cen: authentication failed: " + new Uri(Fake.Url) + " answered 401 Unauthorized"));
    }

    [Test]
    public void Import_NothingListening_GivesUpWithinSecondsAndAnnouncesEachWait()
    {
        var nowhere = $"http://127.0.0.1:{FreePort()}/";

        var result = Cen.RunRaw("catalog", "import", "--file", Catalog(new CatalogCsvBuilder().Row("A")), "--url", nowhere, "--token", FakeDataverse.Token);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.EnvironmentFailure));
        Assert.That(Cen.Time.Delays.Sum(delay => delay.TotalSeconds), Is.LessThanOrEqualTo(10), "was 5 minutes of retries");
        Assert.That(result.ErrorLines.Count(line => line.StartsWith($"cen: cannot connect to {new Uri(nowhere).Authority}", StringComparison.Ordinal)), Is.EqualTo(3));
        Assert.That(result.ErrorLines.Last(), Does.StartWith($"cen: cannot reach the environment {nowhere}"));
        Assert.That(result.Out, Is.Empty, "notices go to standard error only");
    }

    [Test]
    public void Import_Throttled_AnnouncesTheWaitOnStandardError()
    {
        Fake.RetryAfterSeconds = 7;
        Fake.Fail(FakeFault.Pass, FakeFault.TooManyRequests);

        var result = Cen.Run("catalog", "import", "--batch-size", "1", "--file", Catalog(new CatalogCsvBuilder().Row("A").Row("B")));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.ErrorLines, Does.Contain(CliMessages.RetryingAfterAnswer(new Uri(Fake.Url).Authority, "429 Too Many Requests", TimeSpan.FromSeconds(7), 2)));
        Assert.That(result.Out, Does.Not.Contain("trying again"));
    }

    [Test]
    public void Import_ThrottledAtTerminal_AnnouncesTheWaitAboveTheBar()
    {
        Fake.RetryAfterSeconds = 7;
        Fake.Fail(FakeFault.Pass, FakeFault.TooManyRequests);
        var args = new[] { "catalog", "import", "--batch-size", "1", "--file", Catalog(new CatalogCsvBuilder().Row("A").Row("B")), "--url", Fake.Url, "--token", FakeDataverse.Token };

        var result = Cen.RunRaw(outputIsTerminal: true, args);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        var notice = CliMessages.RetryingAfterAnswer(new Uri(Fake.Url).Authority, "429 Too Many Requests", TimeSpan.FromSeconds(7), 2);
        // The bar wraps long lines at the terminal's width; compare the words.
        Assert.That(Regex.Replace(result.Error, @"\s+", " "), Does.Contain(notice));
        Assert.That(result.Error, Does.Match(@"(^|\r|\n)(\u001b\[[0-9;?]*[A-Za-z])*" + Regex.Escape(notice[..20])),
            "the line starts where the bar was (cursor moved up) or before it, never after the bar's last line, which the next refresh draws over");
    }

    [Test]
    public void Import_RowAnsweredUnavailable_AnnouncesTheResend()
    {
        Fake.FailRow("B", 503, times: 1);

        var result = Cen.Run("catalog", "import", "--file", Catalog(new CatalogCsvBuilder().Row("A").Row("B")));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.ErrorLines, Does.Contain(CliMessages.ResendingRows(new Uri(Fake.Url).Authority, TimeSpan.FromSeconds(2), 2)));
    }

    [Test]
    public void Import_ClientSecretAndSignInServiceUnreachable_ExitsFourNamingTheSignInServiceNotTheEnvironment()
    {
        Cen.Options = Cen.Options with { SignInHttp = new UnreachableSignIn() };
        var path = Catalog(new CatalogCsvBuilder().Row("A"));

        var result = Cen.RunRaw("catalog", "import", "--file", path, "--url", Fake.Url,
            "--client-id", "0b7f2c1e-5a4d-4e3b-9c8a-1f2e3d4c5b6a", "--client-secret", "s3cret-client-value-0123456789");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.EnvironmentFailure));
        Assert.That(result.Error, Does.Contain($"cannot reach the Microsoft Entra sign-in service {UnreachableSignIn.Host}")
            .And.Contain(FakeDataverse.TenantId).And.Contain("--tenant-id"));
        Assert.That(result.Error, Does.Not.Contain("cannot reach the environment").And.Not.Contain("Check --url"));
        Assert.That(Cen.Time.Delays, Is.Empty, "the environment's retries are not for Entra");
        Assert.That(Fake.Content.Count, Is.Zero);
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
