using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AngleSharp.Html.Parser;
using CrmEnablement.Cli.Reports;
using CrmEnablement.Cli.Tests.TestSupport;
using CrmEnablement.Cli.Tests.TestSupport.FakeDataverse;
using CrmEnablement.Engine.Catalog;

namespace CrmEnablement.Cli.Tests.Commands;

public class CoverageCommandTests : FakeDataverseFixture
{
    [Test]
    public void Coverage_OfflineCatalog_MarksTheEmptyCellsAndWritesCsv()
    {
        var catalog = Temp.Write("c.csv", new CatalogCsvBuilder().Row("A").Build());
        var csv = Temp.PathOf("coverage.csv");

        var result = Cen.RunRaw("coverage", "--catalog", catalog, "--as-of", FixedClock.TodayText, "--csv", csv);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.Out, Does.Contain(CoverageTableWriter.GapMark));
        var rows = File.ReadAllLines(csv);
        Assert.That(rows[0], Is.EqualTo(string.Join(",", CoverageCsvWriter.Header)));
        Assert.That(rows, Does.Contain("Awareness,Insurance,Economic Buyer,1"));
        Assert.That(rows, Does.Contain("Buying,Insurance,Economic Buyer,0"));
        Assert.That(rows, Has.Length.EqualTo(1 + 3 * 33 * 9));
    }

    [Test]
    public void Coverage_GenericItem_CountsTowardEveryCellOfItsUntaggedFacets()
    {
        var catalog = Temp.Write("c.csv", new CatalogCsvBuilder().Row("A", (CatalogColumns.Industries, ""), (CatalogColumns.BuyerRoles, "")).Build());
        var csv = Temp.PathOf("coverage.csv");

        Cen.RunRaw("coverage", "--catalog", catalog, "--as-of", FixedClock.TodayText, "--csv", csv);

        var awareness = File.ReadAllLines(csv).Skip(1).Where(line => line.StartsWith("Awareness,")).ToArray();
        Assert.That(awareness, Has.Length.EqualTo(33 * 9));
        Assert.That(awareness, Has.All.EndsWith(",1"));
    }

    [Test]
    public void Coverage_ExpiredAndDraftItems_AreNotCounted()
    {
        var catalog = Temp.Write("c.csv", new CatalogCsvBuilder()
            .Row("EXPIRED", (CatalogColumns.ExpiresOn, "2026-02-01"))
            .Row("DRAFT", (CatalogColumns.Status, "Draft")).Build());
        var csv = Temp.PathOf("coverage.csv");

        Cen.RunRaw("coverage", "--catalog", catalog, "--as-of", FixedClock.TodayText, "--csv", csv);

        Assert.That(File.ReadAllLines(csv).Skip(1), Has.All.EndsWith(",0"));
    }

    [Test]
    public void Coverage_Html_IsSelfContainedWithTheGapsFirst()
    {
        var catalog = Temp.Write("c.csv", new CatalogCsvBuilder().Row("A").Build());
        var html = Temp.PathOf("coverage.html");

        Cen.RunRaw("coverage", "--catalog", catalog, "--as-of", FixedClock.TodayText, "--html", html);

        var document = new HtmlParser().ParseDocument(File.ReadAllText(html));
        Assert.That(document.QuerySelectorAll("script, link, img, iframe"), Is.Empty);
        Assert.That(document.QuerySelector("section")!.Id, Is.EqualTo("gaps"));
        var gaps = document.QuerySelectorAll("#gaps li").Select(item => item.TextContent).ToArray();
        Assert.That(gaps, Has.Length.EqualTo(3 * 33 * 9 - 1));
        Assert.That(gaps, Does.Not.Contain("Awareness · Insurance · Economic Buyer"));
        Assert.That(document.QuerySelectorAll("section.phase table"), Has.Length.EqualTo(3));
    }

    [Test]
    public void Coverage_AgainstEnvironment_ReportsUnmappedIndustriesAndStages()
    {
        Cen.Run("catalog", "import", "--file", Temp.Write("c.csv", new CatalogCsvBuilder().Row("A").Build()));
        Fake.OptionSets["account_industrycode"] = new[] { (1, "Accounting"), (20, "Insurance"), (100000000, "Space Tourism") };
        Fake.OptionSets["opportunity_salesstage"] = new[] { (0, "Qualify"), (1, "Develop"), (2, "Propose"), (3, "Close"), (100000000, "Negotiate") };

        var result = Cen.Run("coverage", "--as-of", FixedClock.TodayText);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.Out, Does.Contain(CliMessages.UnmappedIndustries(new[] { "Space Tourism" })));
        Assert.That(result.Out, Does.Contain(CliMessages.UnmappedStages(new[] { "Negotiate" })));
    }

    [Test]
    public void Coverage_NeitherCatalogNorUrl_ExitsTwo()
    {
        var result = Cen.RunRaw("coverage");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Does.Contain(CliMessages.CatalogOrUrl("coverage")));
    }

    [Test]
    public void Coverage_UnusedTags_AreListedAsDrift()
    {
        var catalog = Temp.Write("c.csv", new CatalogCsvBuilder().Row("A").Build());

        var result = Cen.RunRaw("coverage", "--catalog", catalog, "--as-of", FixedClock.TodayText);

        Assert.That(result.Out, Does.Contain("No content uses these industry labels: Accounting,"));
    }
}
