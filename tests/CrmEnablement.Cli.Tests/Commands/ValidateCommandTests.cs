using System.IO;
using System.Linq;
using System.Text.Json;
using CrmEnablement.Cli.Tests.TestSupport;
using CrmEnablement.Engine.Catalog;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Cli.Tests.Commands;

public class ValidateCommandTests
{
    private readonly TempDirectory _temp = new();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    [Test]
    public void Validate_SampleCatalog_ExitsZeroWithValidLine()
    {
        var rows = File.ReadAllLines(Samples.Catalog).Count(line => line.Length > 0) - 1;

        var result = CliRunner.Run("validate", "--catalog", Samples.Catalog);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Out + result.Error);
        Assert.That(result.OutLines, Is.EqualTo(new[] { CliMessages.Valid(Samples.Catalog, rows) }));
        Assert.That(result.Error, Is.Empty);
    }

    [Test]
    public void Validate_InvalidRow_ExitsTwoWithProblemThenSummary()
    {
        var path = Write(new CatalogCsvBuilder().Row("A").Row("B", (CatalogColumns.Url, "javascript:alert(1)")));

        var result = CliRunner.Run("validate", "--catalog", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.OutLines, Is.EqualTo(new[]
        {
            Problem(path, 3, CatalogColumns.Url, CatalogMessages.NotHttpUrl("javascript:alert(1)")),
            CliMessages.Invalid(path, 1, 2),
        }));
    }

    [TestCase(CatalogColumns.Kind, "Case Stuy", Facet.Kind, "Case Study")]
    [TestCase(CatalogColumns.Audience, "Interal", Facet.Audience, "Internal")]
    [TestCase(CatalogColumns.Industries, "Insurence", Facet.Industry, "Insurance")]
    [TestCase(CatalogColumns.BuyerRoles, "Economic Byer", Facet.BuyerRole, "Economic Buyer")]
    [TestCase(CatalogColumns.Challenges, "Efficency", Facet.Challenge, "Efficiency")]
    public void Validate_UnknownLabel_NamesVocabularyAndClosestLabel(string column, string label, Facet facet, string closest)
    {
        var path = Write(new CatalogCsvBuilder().Row("A", (column, label)));

        var result = CliRunner.Run("validate", "--catalog", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.OutLines, Does.Contain(Problem(path, 2, column, CatalogMessages.UnknownLabel(facet, label, closest))));
        Assert.That(result.Out, Does.Contain(FacetNames.Display(facet)));
    }

    [TestCase("javascript:alert(1)")]
    [TestCase("ftp://files.example/deck.pdf")]
    [TestCase("/relative/deck.pdf")]
    public void Validate_NonHttpUrl_ReportsUrlColumn(string url)
    {
        var path = Write(new CatalogCsvBuilder().Row("A", (CatalogColumns.Url, url)));

        var result = CliRunner.Run("validate", "--catalog", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.OutLines, Does.Contain(Problem(path, 2, CatalogColumns.Url, CatalogMessages.NotHttpUrl(url))));
    }

    [Test]
    public void Validate_DuplicateId_NamesTheFirstLineAndRejectsEveryCopy()
    {
        var path = Write(new CatalogCsvBuilder().Row("A").Row("B").Row("C").Row("B"));

        var result = CliRunner.Run("validate", "--catalog", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.OutLines, Is.EqualTo(new[]
        {
            Problem(path, 3, CatalogColumns.Id, CatalogMessages.IdUsedAgain("B", new[] { 5 })),
            Problem(path, 5, CatalogColumns.Id, CatalogMessages.DuplicateId("B", 3)),
            CliMessages.Invalid(path, 2, 4),
        }));
    }

    [Test]
    public void Validate_UrlWithUserNameAndPassword_IsRefused()
    {
        var path = Write(new CatalogCsvBuilder().Row("A", (CatalogColumns.Url, "https://rep:secret@enablement.example/deck.pdf")));

        var result = CliRunner.Run("validate", "--catalog", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.OutLines, Does.Contain(Problem(path, 2, CatalogColumns.Url, CatalogMessages.UrlWithCredentials)));
        Assert.That(result.Out, Does.Not.Contain("secret"), "the password must not be echoed back");
    }

    [TestCase(CatalogColumns.PublishedOn, "26/11/2026")]
    [TestCase(CatalogColumns.ExpiresOn, "2026-02-30")]
    [TestCase(CatalogColumns.PublishedOn, "2026-1-5")]
    public void Validate_BadDate_SaysExpectedFormat(string column, string date)
    {
        var path = Write(new CatalogCsvBuilder().Row("A", (column, date)));

        var result = CliRunner.Run("validate", "--catalog", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.OutLines, Does.Contain(Problem(path, 2, column, CatalogMessages.BadDate(date))));
        Assert.That(result.Out, Does.Contain("yyyy-MM-dd"));
    }

    [TestCaseSource(typeof(CatalogColumns), nameof(CatalogColumns.Required))]
    public void Validate_MissingRequiredColumn_ReportedOnHeaderLine(string column)
    {
        var path = Write(new CatalogCsvBuilder().Row("A").WithoutColumn(column));

        var result = CliRunner.Run("validate", "--catalog", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.OutLines, Does.Contain(Problem(path, 1, column, CatalogMessages.MissingColumn)));
    }

    [TestCaseSource(typeof(CatalogColumns), nameof(CatalogColumns.Required))]
    public void Validate_MissingRequiredValue_ReportsTheColumn(string column)
    {
        var path = Write(new CatalogCsvBuilder().Row("A").Row("B", (column, "  ")));

        var result = CliRunner.Run("validate", "--catalog", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.OutLines, Does.Contain(Problem(path, 3, column, CatalogMessages.MissingValue)));
    }

    [Test]
    public void Validate_ExpiryBeforePublication_ReportsExpiresOn()
    {
        var path = Write(new CatalogCsvBuilder().Row("A", (CatalogColumns.PublishedOn, "2026-05-01"), (CatalogColumns.ExpiresOn, "2026-04-30")));

        var result = CliRunner.Run("validate", "--catalog", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.OutLines, Does.Contain(
            Problem(path, 2, CatalogColumns.ExpiresOn, CatalogMessages.ExpiresBeforePublished("2026-04-30", "2026-05-01"))));
    }

    [Test]
    public void Validate_SeveralProblems_EachOnItsOwnLineInFileOrder()
    {
        var path = Write(new CatalogCsvBuilder()
            .Row("A", (CatalogColumns.Kind, "Case Stuy"))
            .Row("B")
            .Row("C", (CatalogColumns.Url, "javascript:alert(1)"), (CatalogColumns.PublishedOn, "tomorrow")));

        var result = CliRunner.Run("validate", "--catalog", path);

        var problemLines = result.OutLines.Take(result.OutLines.Length - 1).ToArray();
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(problemLines, Is.EquivalentTo(new[]
        {
            Problem(path, 2, CatalogColumns.Kind, CatalogMessages.UnknownLabel(Facet.Kind, "Case Stuy", "Case Study")),
            Problem(path, 4, CatalogColumns.Url, CatalogMessages.NotHttpUrl("javascript:alert(1)")),
            Problem(path, 4, CatalogColumns.PublishedOn, CatalogMessages.BadDate("tomorrow")),
        }));
        Assert.That(problemLines[0], Does.StartWith(path + ":2:"));
        Assert.That(result.OutLines.Last(), Is.EqualTo(CliMessages.Invalid(path, 3, 3)));
    }

    [Test]
    public void Validate_RowWithTooFewFields_ReportsOneProblemAtTheFirstMissingColumn()
    {
        var lines = new CatalogCsvBuilder().Row("A").Lines();
        var path = _temp.Write("catalog.csv", lines[0] + "\n" + lines[1] + "\nB,Short row,https://enablement.example/b\n");

        var result = CliRunner.Run("validate", "--catalog", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.OutLines, Is.EqualTo(new[]
        {
            $"{path}:3: column {CatalogColumns.All[3]}: {CatalogMessages.FieldCount(3, CatalogColumns.All.Count)}",
            CliMessages.Invalid(path, 1, 2),
        }));
    }

    [Test]
    public void Validate_StrayQuoteInsideAQuotedField_ReportsTheRowAndColumn()
    {
        var lines = new CatalogCsvBuilder().Row("A").Row("B", (CatalogColumns.Title, "TITLE")).Row("C").Lines();
        var path = _temp.Write("catalog.csv", string.Join("\n", lines).Replace("TITLE", "\"bad \"quote\" here\"") + "\n");

        var result = CliRunner.Run("validate", "--catalog", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.OutLines, Is.EqualTo(new[] { $"{path}:3: column title: {CatalogMessages.StrayQuote}", CliMessages.Invalid(path, 1, 3) }));
    }

    [Test]
    public void Validate_QuoteInsideAnUnquotedField_ReportsTheRowAndColumn()
    {
        var lines = new CatalogCsvBuilder().Row("A").Row("B", (CatalogColumns.Title, "The 5\" screen guide")).Lines();
        var path = _temp.Write("catalog.csv", string.Join("\n", lines).Replace("\"The 5\"\" screen guide\"", "The 5\" screen guide") + "\n");

        var result = CliRunner.Run("validate", "--catalog", path);

        Assert.That(result.OutLines, Does.Contain($"{path}:3: column title: {CatalogMessages.StrayQuote}"));
    }

    [Test]
    public void Validate_QuoteNeverClosed_ReportsTheLineTheRowStartsOn()
    {
        var lines = new CatalogCsvBuilder().Row("A").Row("B", (CatalogColumns.Title, "TITLE")).Row("C").Row("D").Lines();
        var path = _temp.Write("catalog.csv", string.Join("\n", lines).Replace("TITLE", "\"never closed") + "\n");

        var result = CliRunner.Run("validate", "--catalog", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.OutLines, Is.EqualTo(new[] { $"{path}:3: column title: {CatalogMessages.UnclosedQuote}", CliMessages.Invalid(path, 1, 2) }),
            "rows C and D were swallowed by the open quote; the problem is where it opened");
    }

    [Test]
    public void Validate_EmptyFile_ExitsTwoAskingForAHeader()
    {
        var path = _temp.Write("catalog.csv", "");

        var result = CliRunner.Run("validate", "--catalog", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.OutLines, Is.EqualTo(new[] { $"{path}:1: column id: {CatalogMessages.EmptyFile}", CliMessages.Invalid(path, 1, 0) }));
    }

    [Test]
    public void Validate_FormatJson_ListsProblemsWithLineColumnAndMessage()
    {
        var path = Write(new CatalogCsvBuilder().Row("A").Row("B", (CatalogColumns.Url, "javascript:alert(1)")));

        var result = CliRunner.Run("validate", "--catalog", path, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        using var document = JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        Assert.That(root.GetProperty("valid").GetBoolean(), Is.False);
        Assert.That(root.GetProperty("file").GetString(), Is.EqualTo(path));
        Assert.That(root.GetProperty("rows").GetInt32(), Is.EqualTo(2));
        var problem = root.GetProperty("problems").EnumerateArray().Single();
        Assert.That(problem.GetProperty("line").GetInt32(), Is.EqualTo(3));
        Assert.That(problem.GetProperty("column").GetString(), Is.EqualTo(CatalogColumns.Url));
        Assert.That(problem.GetProperty("message").GetString(), Is.EqualTo(CatalogMessages.NotHttpUrl("javascript:alert(1)")));
    }

    [Test]
    public void Validate_FormatJsonOnValidCatalog_ExitsZeroWithNoProblems()
    {
        var result = CliRunner.Run("validate", "--catalog", Samples.Catalog, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok));
        using var document = JsonDocument.Parse(result.Out);
        Assert.That(document.RootElement.GetProperty("valid").GetBoolean(), Is.True);
        Assert.That(document.RootElement.GetProperty("problems").GetArrayLength(), Is.Zero);
    }

    private string Write(CatalogCsvBuilder catalog) => _temp.Write("catalog.csv", catalog.Build());

    private static string Problem(string path, int line, string column, string message) => $"{path}:{line}: column {column}: {message}";
}
