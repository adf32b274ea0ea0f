using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using CrmEnablement.Cli.Tests.TestSupport;
using CrmEnablement.Engine.Catalog;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Settings;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Cli.Tests.Commands;

/// <summary><c>cen recommend</c>'s options and refusals: --top, --as-of, --skip-invalid, --format, --out.</summary>
public partial class RecommendCommandTests
{
    [Test]
    public void Recommend_Top3_AtMostThreeSuggestionsEach()
    {
        var result = CliRunner.Run(Samples.RecommendArgs("--top", "3"));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        using var document = JsonDocument.Parse(result.Out);
        var counts = SuggestionsJson.Opportunities(document).Select(entry => SuggestionsJson.Suggestions(entry).Count).ToArray();
        Assert.That(counts, Has.All.LessThanOrEqualTo(3));
        Assert.That(counts, Has.Some.EqualTo(3));
    }

    [TestCase(0)]
    [TestCase(101)]
    public void Recommend_TopOutOfRange_ExitsTwo(int top)
    {
        var result = CliRunner.Run(Samples.RecommendArgs("--top", top.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { CliMessages.BadTop(top) }));
        Assert.That(result.Out, Is.Empty);
    }

    [Test]
    public void Recommend_TopNotANumber_SaysSoInWordsAndExitsTwo()
    {
        var result = CliRunner.Run(Samples.RecommendArgs("--top", "abc"));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "cen: " + CliMessages.NotAWholeNumber("--top", "abc"), CliMessages.Usage("recommend") }));
    }

    [TestCase("2026-13-01")]
    [TestCase("26/11/2026")]
    [TestCase("2026-02-29")]
    public void Recommend_AsOfNotADate_ExitsTwo(string asOf)
    {
        var args = Samples.RecommendArgs();
        args[Array.IndexOf(args, "--as-of") + 1] = asOf;

        var result = CliRunner.Run(args);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { CliMessages.BadAsOf(asOf) }));
        Assert.That(result.Out, Is.Empty);
    }

    [Test]
    public void Recommend_WithoutAsOf_RanksForTheClocksDay()
    {
        var result = CliRunner.Run("recommend", "--catalog", Samples.Catalog, "--opportunities", Samples.Opportunities);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        using var document = JsonDocument.Parse(result.Out);
        Assert.That(document.RootElement.GetProperty("asOf").GetString(), Is.EqualTo(FixedClock.TodayText));
    }

    [Test]
    public void Recommend_InvalidCatalogWithoutSkipInvalid_ExitsTwoAndWritesNothing()
    {
        var catalog = WriteCatalog(new CatalogCsvBuilder().Row("A").Row("B", (CatalogColumns.Url, "javascript:alert(1)")));

        var result = CliRunner.Run("recommend", "--catalog", catalog, "--opportunities", WriteDeals(), "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Out, Is.Empty);
        Assert.That(result.ErrorLines, Is.EqualTo(new[]
        {
            $"{catalog}:3: column {CatalogColumns.Url}: {CatalogMessages.NotHttpUrl("javascript:alert(1)")}",
            CliMessages.CatalogInvalid(catalog, 1),
        }));
    }

    [Test]
    public void Recommend_InvalidCatalogWithSkipInvalid_WarnsAndRanksTheValidRows()
    {
        var catalog = WriteCatalog(new CatalogCsvBuilder().Row("A").Row("B", (CatalogColumns.Kind, "Case Stuy")).Row("C", (CatalogColumns.Kind, "Insight")));

        var result = CliRunner.Run("recommend", "--catalog", catalog, "--opportunities", WriteDeals(), "--skip-invalid");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        var problem = $"{catalog}:3: column {CatalogColumns.Kind}: {CatalogMessages.UnknownLabel(Facet.Kind, "Case Stuy", "Case Study")}";
        Assert.That(result.ErrorLines, Does.Contain("cen: warning: " + problem));
        Assert.That(result.ErrorLines, Does.Contain(CliMessages.SkippedRows(catalog, 1)));
        using var document = JsonDocument.Parse(result.Out);
        Assert.That(SuggestionsJson.SuggestedIds(SuggestionsJson.Opportunity(document, "OPP-1")), Is.EquivalentTo(new[] { "A", "C" }));
    }

    [Test]
    public void Recommend_EveryRowInvalidWithSkipInvalid_ExitsTwoSayingNoValidRowIsLeft()
    {
        var catalog = WriteCatalog(new CatalogCsvBuilder().Row("A", (CatalogColumns.Kind, "Case Stuy")).Row("B", (CatalogColumns.Status, "Live")));

        var result = CliRunner.Run("recommend", "--catalog", catalog, "--opportunities", WriteDeals(), "--skip-invalid");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Out, Is.Empty);
        Assert.That(result.ErrorLines.Last(), Is.EqualTo(CliMessages.NoValidRowLeft(catalog, 2)));
        Assert.That(result.ErrorLines, Has.Some.StartWith($"{catalog}:2: column {CatalogColumns.Kind}: "));
    }

    [Test]
    public void Recommend_HeaderMissingRequiredColumnWithSkipInvalid_StillExitsTwo()
    {
        var catalog = WriteCatalog(new CatalogCsvBuilder().Row("A").WithoutColumn(CatalogColumns.Audience));

        var result = CliRunner.Run("recommend", "--catalog", catalog, "--opportunities", WriteDeals(), "--skip-invalid");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Out, Is.Empty);
        Assert.That(result.ErrorLines, Does.Contain($"{catalog}:1: column {CatalogColumns.Audience}: {CatalogMessages.MissingColumn}"));
        Assert.That(result.ErrorLines, Does.Contain(CliMessages.CatalogFileInvalid(catalog)));
    }

    [TestCase(false, "json")]
    [TestCase(true, "table")]
    public void Recommend_NoFormatGiven_JsonWhenRedirectedTableAtTerminal(bool outputIsTerminal, string expected)
    {
        var catalog = WriteCatalog(new CatalogCsvBuilder().Row("A", (CatalogColumns.Title, "Claims Kit")));

        var result = CliRunner.Run(outputIsTerminal, "recommend", "--catalog", catalog, "--opportunities", WriteDeals());

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.Out, Does.Contain("Claims Kit"));
        Assert.That(SuggestionsJson.IsSuggestions(result.Out), Is.EqualTo(expected == "json"), result.Out);
    }

    [Test]
    public void Recommend_OutInMissingFolder_ExitsTwoNamingThePath()
    {
        var output = Path.Combine(_temp.PathOf("no-such-folder"), "out.json");

        var result = CliRunner.Run(Samples.RecommendArgs("--out", output));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error, Does.StartWith(CliMessages.CannotWrite(output, "")));
    }
}
