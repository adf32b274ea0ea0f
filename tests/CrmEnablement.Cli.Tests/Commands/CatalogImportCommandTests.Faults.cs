using System;
using System.IO;
using System.Linq;
using CrmEnablement.Cli.Tests.TestSupport;
using CrmEnablement.Cli.Tests.TestSupport.FakeDataverse;

namespace CrmEnablement.Cli.Tests.Commands;

/// <summary>The environment misbehaves: throttling, outages, refusals, garbled answers, wrong credentials.</summary>
public partial class CatalogImportCommandTests
{
    private const string WrongToken = "wrong-token-5c1d9e2f77a4";

    [Test]
    public void Import_ThrottledWithRetryAfter_WaitsThatLongThenImportsEverything()
    {
        Fake.RetryAfterSeconds = 7;
        Fake.Fail(FakeFault.Pass, FakeFault.TooManyRequests);

        var result = Cen.Run("catalog", "import", "--batch-size", "1", "--file", Catalog(new CatalogCsvBuilder().Row("A").Row("B")));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(Fake.Content.Keys(), Is.EqualTo(new[] { "A", "B" }));
        Assert.That(Cen.Time.Delays, Does.Contain(TimeSpan.FromSeconds(7)));
        Assert.That(result.OutLines, Has.Some.Match(@"requests\s+3\s+\(1 retries\)"));
        Assert.That(result.Out, Does.Not.Contain("note:"), "429 says the request was not carried out");
    }

    [Test]
    public void Import_UnavailableAfterCommit_RetriesTheBatchWithoutDuplicatesOrMiscounts()
    {
        Fake.Fail(FakeFault.Pass, FakeFault.ServiceUnavailableAfterCommit);

        var result = Cen.Run("catalog", "import", "--batch-size", "1", "--file", Catalog(new CatalogCsvBuilder().Row("A").Row("B").Row("C")));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(Fake.Content.Keys(), Is.EqualTo(new[] { "A", "B", "C" }));
        Assert.That(Fake.Content.Updated, Is.EqualTo(1), "the retry wrote the same row again");
        Assert.That(result.OutLines, Has.Some.Match(@"^\s+created\s+3$"));
        Assert.That(result.OutLines, Has.Some.Match(@"^\s+updated\s+0$"));
    }

    [Test]
    public void Import_FirstRequestUnavailableAfterCommit_WritesEachRowOnceAndSaysTheCountMayBeOff()
    {
        Fake.Fail(FakeFault.ServiceUnavailableAfterCommit);

        var result = Cen.Run("catalog", "import", "--file", Catalog(new CatalogCsvBuilder().Row("A").Row("B").Row("C")));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(Fake.Content.Keys(), Is.EqualTo(new[] { "A", "B", "C" }));
        Assert.That(Fake.Content.Updated, Is.Zero, "the second try's create-only writes leave the rows alone");
        Assert.That(result.OutLines, Has.Some.Match(@"^\s+unchanged\s+3$"));
        Assert.That(result.Out, Does.Contain("3 of the rows counted as unchanged may have been created by its first try"));
    }

    [Test]
    public void Import_RowAnsweredUnavailableOnce_RetriesThatRow()
    {
        Fake.FailRow("B", 503, times: 1);

        var result = Cen.Run("catalog", "import", "--file", Catalog(new CatalogCsvBuilder().Row("A").Row("B")));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(Fake.Content.Keys(), Is.EqualTo(new[] { "A", "B" }));
        Assert.That(Fake.BatchSizes.Where(size => size > 0), Is.EqualTo(new[] { 2, 1 }));
    }

    [Test]
    public void Import_MalformedBatchAnswer_SendsTheBatchAgain()
    {
        Fake.Fail(FakeFault.Pass, FakeFault.Malformed);

        var result = Cen.Run("catalog", "import", "--file", Catalog(new CatalogCsvBuilder().Row("A").Row("B")));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(Fake.Content.Keys(), Is.EqualTo(new[] { "A", "B" }));
    }

    [Test]
    public void Import_AlwaysMalformed_ExitsOneWithTheReason()
    {
        Fake.Fail(Enumerable.Repeat(FakeFault.Malformed, 10).ToArray());

        var result = Cen.Run("catalog", "import", "--file", Catalog(new CatalogCsvBuilder().Row("A")));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Unexpected));
        Assert.That(result.Error, Does.Contain("cannot be read"));
    }

    [Test]
    public void Import_WrongToken_ExitsFourNamingThe401AndNeverPrintsTheToken()
    {
        var path = Catalog(new CatalogCsvBuilder().Row("A"));

        var result = Cen.RunRaw("catalog", "import", "--file", path, "--url", Fake.Url, "--token", WrongToken, "--verbose");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.EnvironmentFailure));
        Assert.That(result.Error, Does.Contain("authentication failed").And.Contain("401 Unauthorized"));
        Assert.That(result.Out + result.Error, Does.Not.Contain(WrongToken), "the fake echoes the token; cen must mask it");
        Assert.That(Fake.Content.Count, Is.Zero);
    }

    [Test]
    public void Import_Forbidden_ExitsFourNamingThe403AndTheRole()
    {
        Fake.Fail(FakeFault.Forbidden);

        var result = Cen.Run("catalog", "import", "--file", Catalog(new CatalogCsvBuilder().Row("A")));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.EnvironmentFailure));
        Assert.That(result.Error, Does.Contain("access was denied").And.Contain("403 Forbidden").And.Contain("security role"));
    }

    [Test]
    public void Import_StillThrottledWhenTheBudgetRunsOut_ExitsFourSayingUnreachable()
    {
        Fake.RetryAfterSeconds = 120;
        Fake.Fail(Enumerable.Repeat(FakeFault.TooManyRequests, 20).ToArray());

        var result = Cen.Run("catalog", "import", "--file", Catalog(new CatalogCsvBuilder().Row("A")));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.EnvironmentFailure));
        Assert.That(result.Error, Does.Contain("429 Too Many Requests").And.Contain("unreachable"));
        Assert.That(Cen.Time.Delays.Sum(delay => delay.TotalSeconds), Is.LessThanOrEqualTo(300), "never waits past the 5-minute budget");
    }

    [Test]
    public void Import_StillThrottledWhenTheCommandBudgetRunsOut_ExitsFourSayingUnreachable()
    {
        Cen.Options = Cen.Options with { CommandBudget = TimeSpan.FromMinutes(2) };
        Fake.RetryAfterSeconds = 50;
        Fake.Fail(FakeFault.TooManyRequests, FakeFault.TooManyRequests, FakeFault.TooManyRequests);

        var result = Cen.Run("catalog", "import", "--file", Catalog(new CatalogCsvBuilder().Row("A")));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.EnvironmentFailure));
        Assert.That(result.ErrorLines, Does.Contain(CliMessages.Unavailable(new Uri(Fake.Url), "429 Too Many Requests", 2)),
            "a third 50 s wait would end 150 s into a 2-minute command, though the request's own 5 minutes allow it");
        Assert.That(Fake.Content.Count, Is.Zero);
    }

    [Test]
    public void Import_NothingListening_ExitsFourSayingItCannotReachIt()
    {
        var result = Cen.RunRaw("catalog", "import", "--file", Catalog(new CatalogCsvBuilder().Row("A")), "--url", "http://127.0.0.1:9/", "--token", FakeDataverse.Token);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.EnvironmentFailure));
        Assert.That(result.Error, Does.Contain("cannot reach the environment http://127.0.0.1:9/"));
    }

    [TestCase("http://contoso.crm.dynamics.com")]
    [TestCase("ftp://127.0.0.1/")]
    public void Import_UnsafeUrl_ExitsTwoAndSendsNothing(string url)
    {
        var result = Cen.RunRaw("catalog", "import", "--file", Catalog(new CatalogCsvBuilder().Row("A")), "--url", url, "--token", FakeDataverse.Token);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(Fake.Requests, Is.Zero);
    }

    [Test]
    public void Import_NoWayToSignIn_ExitsTwo()
    {
        var result = Cen.RunRaw("catalog", "import", "--file", Catalog(new CatalogCsvBuilder().Row("A")), "--url", Fake.Url);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Does.Contain(CliMessages.MissingSignIn));
    }

    [Test]
    public void Import_RejectsFile_NeverHoldsTheToken()
    {
        Fake.FailRow("A", 400);
        var rejects = Temp.PathOf("rejects.csv");

        Cen.Run("catalog", "import", "--file", Catalog(new CatalogCsvBuilder().Row("A")), "--rejects", rejects);

        Assert.That(File.ReadAllText(rejects), Does.Contain("A").And.Not.Contain(FakeDataverse.Token));
    }
}
