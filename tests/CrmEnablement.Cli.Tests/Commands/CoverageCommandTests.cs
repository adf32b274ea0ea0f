using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AngleSharp.Html.Parser;
using CrmEnablement.Cli.Dataverse;
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
    public void Coverage_AgainstEnvironment_JudgesIndustriesByValueThroughIndustryCodeMap()
    {
        var settings = Temp.Write("settings.json", """{ "industryCodeMap": { "1": "Accounting", "20": "Insurance", "100000001": "Insurance" } }""");
        GivenEnvironment(
            industries: new[] { (1, "Accounting"), (20, "Insurance"), (100000001, "Insurance (Commercial)"), (100000002, "Consulting") },
            stages: OutOfTheBoxStages);

        var (result, drift) = RunCoverage("--settings", settings);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        var expected = CliMessages.UnmappedIndustries(new[] { new ChoiceOption(100000002, "Consulting") });
        Assert.That(drift, Does.Contain(expected), "a label that matches is not a mapping: the plugins map the value");
        Assert.That(expected, Does.Contain("100000002 'Consulting'").And.Contain("industryCodeMap").And.Contain("cen_SuggestionSettings"));
        Assert.That(drift, Has.None.Contains("Insurance (Commercial)"), "a customised value in industryCodeMap is mapped, whatever its label");
    }

    [Test]
    public void Coverage_AgainstEnvironment_JudgesSalesStagesByValueNotLabel()
    {
        GivenEnvironment(
            industries: new[] { (20, "Insurance") },
            stages: new[] { (0, "Qualify"), (1, "Develop"), (2, "Proposal"), (3, "Close"), (100000000, "Negotiate"), (100000001, "Close") });

        var (result, drift) = RunCoverage();

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(drift, Does.Contain(CliMessages.UnmappedStages(new[] { new ChoiceOption(100000000, "Negotiate"), new ChoiceOption(100000001, "Close") })));
        Assert.That(drift, Has.None.Contains("'Proposal'"), "value 2 is read as Propose, which the stage → phase map covers");
        Assert.That(drift, Does.Contain(CliMessages.AllIndustriesMapped));
    }

    [Test]
    public void Coverage_AgainstEnvironment_StageValueMissingFromStagePhaseMap_IsFlaggedWithTheStageItIsReadAs()
    {
        var settings = Temp.Write("settings.json", """{ "stagePhaseMap": { "Qualify": "Awareness", "Develop": "Buying", "Propose": "Buying" } }""");
        GivenEnvironment(industries: new[] { (20, "Insurance") }, stages: new[] { (0, "Qualify"), (3, "Closing") });

        var (_, drift) = RunCoverage("--settings", settings);

        var expected = CliMessages.UnmappedStages(new[] { new ChoiceOption(3, "Closing") });
        Assert.That(drift, Does.Contain(expected));
        Assert.That(expected, Does.Contain("3 'Closing' (read as Close, which stagePhaseMap lacks: add it)"));
    }

    [Test]
    public void Coverage_AgainstEnvironment_WithoutSettings_UsesTheEnvironmentsSuggestionSettings()
    {
        Fake.SuggestionSettings = ("{}", """{ "industryCodeMap": { "1": "Accounting", "100000001": "Insurance" } }""");
        GivenEnvironment(industries: new[] { (1, "Accounting"), (20, "Insurance"), (100000001, "Insurance (Commercial)") }, stages: OutOfTheBoxStages);

        var (result, drift) = RunCoverage();

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(drift, Does.Contain(CliMessages.UnmappedIndustries(new[] { new ChoiceOption(20, "Insurance") })),
            "the environment's map has no 20, so its plugins cannot read it, whatever the defaults say");
    }

    [Test]
    public void Coverage_AgainstEnvironment_ValueBlank_UsesTheVariablesDefault()
    {
        Fake.SuggestionSettings = ("""{ "industryCodeMap": { "1": "Accounting" } }""", "  ");
        GivenEnvironment(industries: new[] { (1, "Accounting"), (33, "Wholesale") }, stages: OutOfTheBoxStages);

        var (_, drift) = RunCoverage();

        Assert.That(drift, Does.Contain(CliMessages.UnmappedIndustries(new[] { new ChoiceOption(33, "Wholesale") })));
    }

    [Test]
    public void Coverage_AgainstEnvironment_SettingsInvalid_WarnsAndUsesTheDefaultsAsThePluginsDo()
    {
        Fake.SuggestionSettings = (null, "{ not json");
        GivenEnvironment(industries: new[] { (1, "Accounting"), (33, "Wholesale") }, stages: OutOfTheBoxStages);

        var (result, drift) = RunCoverage();

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.ErrorLines, Has.One.StartsWith("cen: warning: the environment's cen_SuggestionSettings cannot be used ("));
        Assert.That(drift, Does.Contain(CliMessages.AllIndustriesMapped));
    }

    [Test]
    public void Coverage_AgainstEnvironment_SettingsFileGiven_WinsOverTheEnvironment()
    {
        Fake.SuggestionSettings = (null, """{ "industryCodeMap": { "1": "Accounting" } }""");
        GivenEnvironment(industries: new[] { (1, "Accounting"), (33, "Wholesale") }, stages: OutOfTheBoxStages);

        var (_, drift) = RunCoverage("--settings", Temp.Write("settings.json", "{}"));

        Assert.That(drift, Does.Contain(CliMessages.AllIndustriesMapped));
    }

    [Test]
    public void Coverage_AgainstEnvironment_EverythingMapped_SaysSo()
    {
        GivenEnvironment(industries: new[] { (1, "Accounting"), (33, "Wholesale") }, stages: OutOfTheBoxStages);

        var (_, drift) = RunCoverage();

        Assert.That(drift, Does.Contain(CliMessages.AllIndustriesMapped).And.Contain(CliMessages.AllStagesMapped));
    }

    [Test]
    public void Coverage_AgainstEnvironment_RowWithoutExternalId_IsLeftOutWithOneWarning()
    {
        GivenEnvironment(industries: new[] { (1, "Accounting") }, stages: OutOfTheBoxStages);
        var id = System.Guid.NewGuid().ToString();
        Fake.Content.Put(new System.Text.Json.Nodes.JsonObject { [ContentColumns.PrimaryId] = id, [ContentColumns.Name] = "Untagged deck", [ContentColumns.ExternalId] = null });

        var (result, _) = RunCoverage();

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.ErrorLines.Where(line => line.StartsWith("cen: warning:")), Is.EqualTo(new[] { CliMessages.RowsWithoutExternalId(1, new[] { ((string?)"Untagged deck", (string?)id) }) }));
        Assert.That(result.Out, Does.Contain("1 of 1 items"));
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

    private static readonly (int, string)[] OutOfTheBoxStages = { (0, "Qualify"), (1, "Develop"), (2, "Propose"), (3, "Close") };

    /// <summary>An environment with one content row and these account industry and sales stage choices.</summary>
    private void GivenEnvironment((int Value, string Label)[] industries, (int Value, string Label)[] stages)
    {
        Cen.Run("catalog", "import", "--file", Temp.Write("c.csv", new CatalogCsvBuilder().Row("A").Build()));
        Fake.OptionSets[OptionSetReader.AccountIndustries] = industries;
        Fake.OptionSets[OptionSetReader.OpportunitySalesStages] = stages;
    }

    /// <summary>Runs <c>cen coverage</c> against the fake; the drift findings come from the HTML, where no line is wrapped.</summary>
    [Test]
    public void Coverage_HtmlFolderMissing_RefusesBeforeReadingTheEnvironment()
    {
        GivenEnvironment(industries: new[] { (20, "Insurance") }, stages: OutOfTheBoxStages);
        var html = Path.Combine(Temp.PathOf("no-such-folder"), "coverage.html");
        var before = Fake.Requests;

        var result = Cen.Run("coverage", "--as-of", FixedClock.TodayText, "--html", html);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error, Does.Contain(html));
        Assert.That(Fake.Requests, Is.EqualTo(before), "nothing is read when the report could not be written");
    }

    private (CliResult Result, string[] Drift) RunCoverage(params string[] args)
    {
        var html = Temp.PathOf("coverage.html");
        var result = Cen.Run(new[] { "coverage", "--as-of", FixedClock.TodayText, "--html", html }.Concat(args).ToArray());
        var drift = File.Exists(html)
            ? new HtmlParser().ParseDocument(File.ReadAllText(html)).QuerySelectorAll("#drift li").Select(item => item.TextContent).ToArray()
            : System.Array.Empty<string>();
        return (result, drift);
    }
}
