using System.IO;
using System.Linq;
using AngleSharp.Html.Parser;
using CrmEnablement.Cli.Analytics;
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
    public void Analytics_WithoutInteractions_ExitsTwo()
    {
        var result = CliRunner.Run("analytics", "--catalog", Samples.Catalog);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Does.Contain(CliMessages.AnalyticsInputs));
    }

    private static string SamplesPath(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "samples", name);
}
