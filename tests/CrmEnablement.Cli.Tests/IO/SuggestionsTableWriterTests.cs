using System.IO;
using System.Linq;
using System.Text.Json;
using CrmEnablement.Cli.Tests.TestSupport;
using CrmEnablement.Engine.Catalog;

namespace CrmEnablement.Cli.Tests.IO;

/// <summary>The table that <c>cen recommend --format table</c> writes.</summary>
public class SuggestionsTableWriterTests
{
    private readonly TempDirectory _temp = new();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    [Test]
    public void Write_FormatTable_ShowsDealAndTitleWithoutColourCodes()
    {
        var result = Recommend("Claims Kit", "--format", "table");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.Out, Does.Contain("OPP-1"));
        Assert.That(result.Out, Does.Contain("Claims Kit"));
        Assert.That(result.Out, Does.Not.Contain("\u001b["));
        Assert.Throws(Is.InstanceOf<JsonException>(), () => JsonDocument.Parse(result.Out));
    }

    [Test]
    public void Write_FormatTable_HeadingNamesPhaseIndustryAndRoles()
    {
        var deal = OpportunitiesJson.Deal("OPP-1", "stakeholders", new[] { new { name = "Dana Ruiz", role = "Champion" } });

        var result = RecommendDeals(deal);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.OutLines, Does.Contain("OPP-1 · Awareness · Insurance · Economic Buyer, Champion"));
    }

    [Test]
    public void Write_FormatTable_HeadingLeavesOutUnknownIndustryAndRoles()
    {
        var deal = OpportunitiesJson.Deal("OPP-1", "industry", null);
        deal["buyerRoles"] = System.Array.Empty<string>();

        var result = RecommendDeals(deal);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.OutLines, Does.Contain("OPP-1 · Awareness"));
    }

    [TestCase("[red]Alert[/]")]
    [TestCase("<script>x</script>")]
    public void Write_TitleThatLooksLikeMarkup_ShownAsText(string title)
    {
        var result = Recommend(title, "--format", "table");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.Out, Does.Contain(title));
    }

    [Test]
    public void Write_FormatTableWithOut_WritesTheTableToTheFile()
    {
        var output = _temp.PathOf("table.txt");

        var result = Recommend("Claims Kit", "--format", "table", "--out", output);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.Out, Is.Empty);
        Assert.That(result.ErrorLines, Does.Contain(CliMessages.Written(output, 1)));
        var text = File.ReadAllText(output);
        Assert.That(text, Does.Contain("Claims Kit"));
        Assert.That(text, Does.Not.Contain("\u001b["));
    }

    [Test]
    public void Write_SamplesAsTable_ShowsEveryOpportunity()
    {
        using var input = JsonDocument.Parse(File.ReadAllText(Samples.Opportunities));

        var result = CliRunner.Run(Samples.RecommendArgs("--format", "table"));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        var ids = input.RootElement.EnumerateArray().Select(deal => deal.GetProperty("id").GetString()!).ToArray();
        Assert.That(ids.Select(id => result.Out.IndexOf(id, System.StringComparison.Ordinal)), Is.Ordered.And.All.GreaterThanOrEqualTo(0));
    }

    private CliResult RecommendDeals(params System.Collections.Generic.Dictionary<string, object?>[] deals)
    {
        var catalog = _temp.Write("catalog.csv", new CatalogCsvBuilder().Row("A").Build());
        var path = _temp.Write("deals.json", OpportunitiesJson.Of(deals));
        return CliRunner.Run(new[] { "recommend", "--catalog", catalog, "--opportunities", path, "--format", "table" });
    }

    private CliResult Recommend(string title, params string[] extra)
    {
        var catalog = _temp.Write("catalog.csv", new CatalogCsvBuilder().Row("A", (CatalogColumns.Title, title)).Build());
        var deals = _temp.Write("deals.json", OpportunitiesJson.Of(OpportunitiesJson.Deal("OPP-1")));
        return CliRunner.Run(new[] { "recommend", "--catalog", catalog, "--opportunities", deals }.Concat(extra).ToArray());
    }
}
