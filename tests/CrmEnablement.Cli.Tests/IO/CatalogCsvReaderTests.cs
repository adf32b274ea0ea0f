using System.Linq;
using System.Text;
using System.Text.Json;
using CrmEnablement.Cli.Tests.TestSupport;
using CrmEnablement.Engine.Catalog;

namespace CrmEnablement.Cli.Tests.IO;

/// <summary>Reading the catalogue CSV, seen through <c>cen validate</c> and <c>cen recommend</c>.</summary>
public class CatalogCsvReaderTests
{
    private const string BadUrl = "javascript:alert(1)";
    private readonly TempDirectory _temp = new();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    [TestCase("\n")]
    [TestCase("\r\n")]
    public void ReadAndValidate_RowAfterMultiLineField_ReportsItsFileLine(string newline)
    {
        var lines = new CatalogCsvBuilder()
            .Row("A", (CatalogColumns.Summary, $"first line{newline}second line{newline}third line"))
            .Row("B", (CatalogColumns.Url, BadUrl))
            .Lines();
        var path = _temp.Write("catalog.csv", string.Concat(lines.Select(line => line + newline)));

        var result = CliRunner.Run("validate", "--catalog", path);

        // Header = 1, row A spans lines 2-4, row B starts on line 5.
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.OutLines.First(), Is.EqualTo(UrlProblem(path, 5)));
    }

    [TestCase("\n")]
    [TestCase("\r\n")]
    public void ReadAndValidate_ProblemInMultiLineRow_ReportsTheLineTheRowStartsOn(string newline)
    {
        var lines = new CatalogCsvBuilder()
            .Row("A")
            .Row("B", (CatalogColumns.Summary, $"first{newline}second"), (CatalogColumns.Url, BadUrl))
            .Row("B", (CatalogColumns.Summary, $"again{newline}and again{newline}and again"))
            .Lines();
        var path = _temp.Write("catalog.csv", string.Concat(lines.Select(line => line + newline)));

        var result = CliRunner.Run("validate", "--catalog", path);

        // Header 1; A 2; first B 3-4; second B 5-7.
        Assert.That(result.OutLines.Take(3), Is.EqualTo(new[]
        {
            $"{path}:3: column {CatalogColumns.Id}: {CatalogMessages.IdUsedAgain("B", new[] { 5 })}",
            UrlProblem(path, 3),
            $"{path}:5: column {CatalogColumns.Id}: {CatalogMessages.DuplicateId("B", 3)}",
        }));
    }

    [TestCase(",,,,")]
    [TestCase("   ")]
    [TestCase(" , ,\t,")]
    public void ReadAndValidate_RowsOfEmptyCells_AreNotData(string emptyRow)
    {
        var lines = new CatalogCsvBuilder().Row("A").Row("B", (CatalogColumns.Url, BadUrl)).Lines();
        var path = _temp.Write("catalog.csv", string.Join("\n", lines[0], lines[1], emptyRow, lines[2], emptyRow, emptyRow) + "\n");

        var result = CliRunner.Run("validate", "--catalog", path);

        // Header = 1, row A = 2, empty = 3, row B = 4: only B's url is a problem, and only 2 rows count.
        Assert.That(result.OutLines, Is.EqualTo(new[] { UrlProblem(path, 4), CliMessages.Invalid(path, 1, 2) }));
    }

    [TestCase("\n")]
    [TestCase("\r\n")]
    public void ReadAndValidate_RowAfterBlankLine_ReportsItsFileLine(string newline)
    {
        var lines = new CatalogCsvBuilder().Row("A").Row("B", (CatalogColumns.Url, BadUrl)).Lines();
        var text = lines[0] + newline + lines[1] + newline + newline + lines[2] + newline;
        var path = _temp.Write("catalog.csv", text);

        var result = CliRunner.Run("validate", "--catalog", path);

        // Header = 1, row A = 2, blank = 3, row B = 4.
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.OutLines.First(), Is.EqualTo(UrlProblem(path, 4)));
    }

    [Test]
    public void ReadAndValidate_RowsAfterMultiLineFieldsAndBlankLines_EachReportsItsFileLine()
    {
        var lines = new CatalogCsvBuilder()
            .Row("A", (CatalogColumns.Summary, "one\n\ntwo"))
            .Row("B", (CatalogColumns.Url, BadUrl))
            .Row("C", (CatalogColumns.Summary, "x\ny"))
            .Row("D", (CatalogColumns.Url, BadUrl))
            .Lines();
        var text = string.Join("\n", lines[0], lines[1], lines[2], "", "", lines[3], lines[4]) + "\n";
        var path = _temp.Write("catalog.csv", text);

        var result = CliRunner.Run("validate", "--catalog", path);

        // Header 1; A 2-4; B 5; blank 6-7; C 8-9; D 10.
        Assert.That(result.OutLines.Take(2), Is.EqualTo(new[] { UrlProblem(path, 5), UrlProblem(path, 10) }));
    }

    [TestCase(true, "\n")]
    [TestCase(true, "\r\n")]
    [TestCase(false, "\n")]
    [TestCase(false, "\r\n")]
    public void ReadAndValidate_Utf8WithOrWithoutBomAndAnyLineEnd_IsValid(bool bom, string newline)
    {
        var text = new CatalogCsvBuilder().Row("A", (CatalogColumns.Title, "Café in São Paulo")).Row("B").Build(newline);
        var bytes = (bom ? Encoding.UTF8.GetPreamble() : new byte[0]).Concat(new UTF8Encoding(false).GetBytes(text)).ToArray();
        var path = _temp.WriteBytes("catalog.csv", bytes);

        var result = CliRunner.Run("validate", "--catalog", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Out);
        Assert.That(result.OutLines, Is.EqualTo(new[] { CliMessages.Valid(path, 2) }));
    }

    [Test]
    public void ReadAndValidate_QuotedCommasQuotesAndLineBreaks_IsValid()
    {
        var path = _temp.Write("catalog.csv", new CatalogCsvBuilder()
            .Row("A", (CatalogColumns.Title, "Claims, \"Fast\" and Simple"), (CatalogColumns.Summary, "He said \"go\",\nthen, \"went\"."))
            .Row("B", (CatalogColumns.Industries, "Design, Direction and Creative Management;Insurance"))
            .Build());

        var result = CliRunner.Run("validate", "--catalog", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Out);
        Assert.That(result.OutLines, Is.EqualTo(new[] { CliMessages.Valid(path, 2) }));
    }

    [TestCase("Claims, \"Fast\" and Simple")]
    [TestCase("<script>alert('x')</script> & <b>bold</b>")]
    [TestCase("[red]not markup[/] {0}")]
    public void ReadAndValidate_TitleWithPunctuationOrMarkup_ReachesTheJsonVerbatim(string title)
    {
        var catalog = _temp.Write("catalog.csv", new CatalogCsvBuilder().Row("A", (CatalogColumns.Title, title)).Build());
        var deals = _temp.Write("deals.json", OpportunitiesJson.Of(OpportunitiesJson.Deal("OPP-1")));

        var result = CliRunner.Run("recommend", "--catalog", catalog, "--opportunities", deals, "--as-of", FixedClock.TodayText);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        using var document = JsonDocument.Parse(result.Out);
        var suggestion = SuggestionsJson.Suggestions(SuggestionsJson.Opportunity(document, "OPP-1")).Single();
        Assert.That(suggestion.GetProperty("title").GetString(), Is.EqualTo(title));
        if (title.Contains('<'))
        {
            // Markup is text: written as characters, not escaped to \u003C and not dropped.
            Assert.That(result.Out, Does.Contain("<script>"));
        }
    }

    private static string UrlProblem(string path, int line) =>
        $"{path}:{line}: column {CatalogColumns.Url}: {CatalogMessages.NotHttpUrl(BadUrl)}";
}
