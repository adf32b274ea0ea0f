using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using AngleSharp.Html.Parser;
using CrmEnablement.Cli.Analytics;
using CrmEnablement.Cli.Dataverse;
using CrmEnablement.Cli.Tests.TestSupport.FakeDataverse;
using CrmEnablement.Cli.Tests.TestSupport;
using CrmEnablement.Engine.Catalog;

namespace CrmEnablement.Cli.Tests.Commands;

public class AnalyticsCommandTests
{
    private const string Header = "on,opportunityId,contentId,action,user,phase,stage,industry,outcome\n";
    private readonly TempDirectory _temp = new();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    [Test]
    public void Analytics_Samples_ListsEveryUsedItemAndEveryAuthor()
    {
        var html = _temp.PathOf("analytics.html");

        var result = CliRunner.Run("analytics", "--interactions", SamplesPath("interactions.csv"), "--catalog", Samples.Catalog, "--html", html);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        var document = new HtmlParser().ParseDocument(File.ReadAllText(html));
        var ids = document.QuerySelectorAll("#content tr td:first-child").Select(cell => cell.TextContent).ToArray();
        var sampleIds = File.ReadAllLines(SamplesPath("interactions.csv")).Skip(1).Select(line => line.Split(',')[2]).Where(id => id.Length > 0).Distinct();
        Assert.That(ids, Is.EquivalentTo(sampleIds));
        Assert.That(document.QuerySelectorAll("#authors tr td:first-child").Select(cell => cell.TextContent), Does.Contain("Mara Lindqvist"));
        Assert.That(document.QuerySelectorAll("script, link, img"), Is.Empty);
    }

    [Test]
    public void Analytics_ScriptInATitle_IsEscapedInTheHtml()
    {
        var title = "<script>alert('x')</script> & more";
        var catalog = _temp.Write("c.csv", new CatalogCsvBuilder().Row("A", (CatalogColumns.Title, title)).Build());
        var interactions = _temp.Write("i.csv", Header + "2026-03-02,OPP-1,A,opened,Jordan,Buying,Develop,Insurance,Won\n");
        var html = _temp.PathOf("analytics.html");

        var result = CliRunner.Run("analytics", "--interactions", interactions, "--catalog", catalog, "--html", html);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        var text = File.ReadAllText(html);
        Assert.That(text, Does.Not.Contain("<script>"));
        Assert.That(text, Does.Contain("&lt;script&gt;"));
        var document = new HtmlParser().ParseDocument(text);
        Assert.That(document.QuerySelectorAll("script"), Is.Empty);
        Assert.That(document.QuerySelectorAll("#content td").Select(cell => cell.TextContent), Does.Contain(title));
    }

    [Test]
    public void Analytics_UnknownAction_ExitsTwoNamingLineAndColumn()
    {
        var interactions = _temp.Write("i.csv", Header + "2026-03-02,OPP-1,A,liked,Jordan,Buying,Develop,Insurance,\n");

        var result = CliRunner.Run("analytics", "--interactions", interactions, "--catalog", Samples.Catalog);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Does.Contain(CliMessages.InteractionProblem(interactions, 2, InteractionColumns.Action, CliMessages.BadInteractionAction("liked"))));
    }

    [Test]
    public async Task Analytics_AgainstEnvironment_ReadsSuggestionsInteractionsAndDealOutcomes()
    {
        await using var fake = await FakeDataverse.StartAsync();
        var cen = new RemoteCli(fake);
        cen.Run("catalog", "import", "--file", _temp.Write("c.csv", new CatalogCsvBuilder().Row("A").Row("B").Build()));
        var a = fake.Content.Row("A")![ContentColumns.PrimaryId]!.GetValue<string>();
        var won = Guid.NewGuid().ToString();
        var lost = Guid.NewGuid().ToString();
        fake.Tables[InteractionTables.OpportunitySet] = new()
        {
            Deal(won, InteractionTables.WonState), Deal(lost, InteractionTables.LostState),
        };
        fake.Tables[InteractionTables.SuggestionSet] = new() { Suggestion(won, a), Suggestion(lost, a) };
        fake.Tables[InteractionTables.InteractionSet] = new()
        {
            new JsonObject
            {
                [InteractionTables.OpportunityValue] = won, [InteractionTables.ContentValue] = a, [InteractionTables.Action] = 103720000,
                [InteractionTables.Phase] = 103720001, [InteractionTables.Phase + InteractionTables.FormattedValue] = "Buying",
                [InteractionTables.UserValue] = Guid.NewGuid().ToString(), [InteractionTables.UserValue + InteractionTables.FormattedValue] = "Jordan Ellis",
                [InteractionTables.On] = "2026-03-02T10:15:00Z",
            },
        };
        var html = _temp.PathOf("analytics.html");

        var result = cen.Run("analytics", "--html", html);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        var row = new HtmlParser().ParseDocument(File.ReadAllText(html)).QuerySelectorAll("#content tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent).ToArray()).Single(cells => cells.Length > 0 && cells[0] == "A");
        var header = AnalyticsRows.ContentHeader.ToList();
        Assert.That(row[header.IndexOf("Suggested")], Is.EqualTo("2"));
        Assert.That(row[header.IndexOf("Opened")], Is.EqualTo("1"));
        Assert.That(row[header.IndexOf("Win rate used")], Is.EqualTo(new WinRate(1, 1).ToString()));
        Assert.That(row[header.IndexOf("Win rate not used")], Is.EqualTo(new WinRate(0, 1).ToString()));
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Analytics_AgainstEnvironment_ReadsADealsIndustryAsThePluginsDo(bool settingsFromEnvironment)
    {
        await using var fake = await FakeDataverse.StartAsync();
        var cen = new RemoteCli(fake);
        cen.Run("catalog", "import", "--file", _temp.Write("c.csv", new CatalogCsvBuilder().Row("A").Row("B").Build()));
        var a = fake.Content.Row("A")![ContentColumns.PrimaryId]!.GetValue<string>();
        var b = fake.Content.Row("B")![ContentColumns.PrimaryId]!.GetValue<string>();
        const string Map = """{ "industryCodeMap": { "20": "Insurance", "100000001": "Insurance" } }""";
        var settings = settingsFromEnvironment ? null : _temp.Write("settings.json", Map);
        if (settingsFromEnvironment)
        {
            fake.SuggestionSettings = (null, Map);
        }

        var customisedButMapped = Guid.NewGuid().ToString();
        var customerAccountOnly = Guid.NewGuid().ToString();
        var unmappedWithMatchingLabel = Guid.NewGuid().ToString();
        fake.Tables[InteractionTables.OpportunitySet] = new()
        {
            Deal(customisedButMapped, InteractionTables.WonState, parent: Account(100000001, "Insurance (Commercial)")),
            Deal(customerAccountOnly, InteractionTables.LostState, parent: null, customer: Account(20, "Insurance")),
            Deal(unmappedWithMatchingLabel, InteractionTables.LostState, parent: Account(100000002, "Insurance")),
        };
        fake.Tables[InteractionTables.SuggestionSet] = new()
        {
            Suggestion(customisedButMapped, a), Suggestion(customerAccountOnly, b), Suggestion(unmappedWithMatchingLabel, b),
        };
        fake.Tables[InteractionTables.InteractionSet] = new() { Opened(customisedButMapped, a) };
        var html = _temp.PathOf("analytics.html");

        var result = settings is null ? cen.Run("analytics", "--html", html) : cen.Run("analytics", "--html", html, "--settings", settings);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        var row = ContentRow(html, "A");
        Assert.That(row[AnalyticsRows.ContentHeader.ToList().IndexOf("Win rate not used")], Is.EqualTo(new WinRate(0, 1).ToString()),
            "only the customer-account Insurance deal compares: the customised value maps to Insurance, the unmapped one does not, whatever its label");
    }

    [Test]
    public async Task Analytics_AgainstEnvironment_RowWithoutExternalId_IsLeftOutWithOneWarning()
    {
        await using var fake = await FakeDataverse.StartAsync();
        var cen = new RemoteCli(fake);
        cen.Run("catalog", "import", "--file", _temp.Write("c.csv", new CatalogCsvBuilder().Row("A").Build()));
        var keyless = Guid.NewGuid().ToString();
        fake.Content.Put(new JsonObject { [ContentColumns.PrimaryId] = keyless, [ContentColumns.Name] = "Untagged deck", [ContentColumns.ExternalId] = null });
        var won = Guid.NewGuid().ToString();
        var a = fake.Content.Row("A")![ContentColumns.PrimaryId]!.GetValue<string>();
        fake.Tables[InteractionTables.OpportunitySet] = new() { Deal(won, InteractionTables.WonState) };
        fake.Tables[InteractionTables.SuggestionSet] = new() { Suggestion(won, a), Suggestion(won, keyless) };
        fake.Tables[InteractionTables.InteractionSet] = new();
        var html = _temp.PathOf("analytics.html");

        var result = cen.Run("analytics", "--html", html);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.ErrorLines.Where(line => line.StartsWith("cen: warning:")), Is.EqualTo(new[] { CliMessages.RowsWithoutExternalId(1, new[] { ((string?)"Untagged deck", (string?)keyless) }) }));
        Assert.That(ContentRow(html, "A")[AnalyticsRows.ContentHeader.ToList().IndexOf("Suggested")], Is.EqualTo("1"));
    }

    [Test]
    public void Analytics_WithoutInteractions_ExitsTwo()
    {
        var result = CliRunner.Run("analytics", "--catalog", Samples.Catalog);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Does.Contain(CliMessages.AnalyticsInputs));
    }

    private static JsonObject Deal(string id, int state) => Deal(id, state, parent: Account(20, "Insurance"));

    /// <summary>An opportunity as the Web API returns it with its parent and customer accounts expanded.</summary>
    private static JsonObject Deal(string id, int state, JsonObject? parent, JsonObject? customer = null) => new()
    {
        [InteractionTables.OpportunityId] = id, [InteractionTables.OpportunityState] = state,
        [InteractionTables.ParentAccount] = parent, [InteractionTables.CustomerAccount] = customer,
    };

    private static JsonObject Account(int industryCode, string industryLabel) => new()
    {
        [InteractionTables.IndustryCode] = industryCode, [InteractionTables.IndustryCode + InteractionTables.FormattedValue] = industryLabel,
    };

    private static JsonObject Opened(string deal, string content) => new()
    {
        [InteractionTables.OpportunityValue] = deal, [InteractionTables.ContentValue] = content, [InteractionTables.Action] = 103720000,
        [InteractionTables.Phase] = 103720001, [InteractionTables.Phase + InteractionTables.FormattedValue] = "Buying",
        [InteractionTables.On] = "2026-03-02T10:15:00Z",
    };

    private static string[] ContentRow(string html, string contentId) =>
        new HtmlParser().ParseDocument(File.ReadAllText(html)).QuerySelectorAll("#content tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent).ToArray()).Single(cells => cells.Length > 0 && cells[0] == contentId);

    private static JsonObject Suggestion(string deal, string content) => new()
    {
        [InteractionTables.OpportunityValue] = deal, [InteractionTables.ContentValue] = content,
        [InteractionTables.Phase] = 103720001, [InteractionTables.Phase + InteractionTables.FormattedValue] = "Buying",
        [InteractionTables.FirstSuggestedOn] = "2026-03-01T09:00:00Z",
    };

    private static string SamplesPath(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "samples", name);
}
