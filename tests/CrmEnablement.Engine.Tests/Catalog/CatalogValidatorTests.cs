using System.Linq;
using CrmEnablement.Engine.Catalog;
using CrmEnablement.Engine.Tests.TestSupport;
using static CrmEnablement.Engine.Tests.TestSupport.CatalogRowBuilder;

namespace CrmEnablement.Engine.Tests.Catalog;

/// <summary>
/// The header and whole-file checks. Cell checks are in CatalogValidatorTests.Cells.cs, checks
/// across rows in CatalogValidatorTests.Rows.cs: one fixture, split to keep files short.
/// </summary>
public partial class CatalogValidatorTests
{
    [Test]
    public void Validate_ValidRows_NoProblemsAndItemsInFileOrder()
    {
        var validation = CatalogFile.Validate(Row("B"), Row("A"));

        Assert.That(validation.Problems, Is.Empty);
        Assert.That(validation.IsValid, Is.True);
        Assert.That(validation.ContentItems.Select(item => item.Id), Is.EqualTo(new[] { "B", "A" }));
        Assert.That(validation.RowCount, Is.EqualTo(2));
    }

    [Test]
    public void Validate_NoHeader_EmptyFileOnLine1()
    {
        var validation = CatalogFile.Validate(header: null, System.Array.Empty<CatalogRow>());

        Assert.That(validation.Problems, Is.EqualTo(new[] { new CatalogProblem(1, CatalogColumns.Id, CatalogMessages.EmptyFile) }));
        Assert.That(validation.HasFileProblems, Is.True);
    }

    [TestCase(CatalogColumns.Id)]
    [TestCase(CatalogColumns.Url)]
    [TestCase(CatalogColumns.Audience)]
    [TestCase(CatalogColumns.Status)]
    public void Validate_RequiredColumnMissing_ProblemOnLine1NamingColumn(string column)
    {
        var validation = CatalogFile.Validate(CatalogFile.HeaderWithout(column), Row("A"));

        Assert.That(validation.Problems, Is.EqualTo(new[] { new CatalogProblem(1, column, CatalogMessages.MissingColumn) }));
        Assert.That(validation.HasFileProblems, Is.True);
    }

    [Test]
    public void Validate_OptionalColumnMissing_NoProblem()
    {
        var validation = CatalogFile.Validate(CatalogFile.HeaderWithout(CatalogColumns.Summary), Row("A"));

        Assert.That(validation.Problems, Is.Empty);
    }

    [Test]
    public void Validate_UnknownHeaderColumn_ProblemOnLine1WithClosestColumn()
    {
        var validation = CatalogFile.Validate(CatalogFile.HeaderWith("sumary"), Row("A"));

        Assert.That(validation.Problems, Is.EqualTo(new[] { new CatalogProblem(1, "sumary", CatalogMessages.UnknownColumn("sumary", CatalogColumns.Summary)) }));
    }

    [Test]
    public void Validate_HeaderColumnTwice_ProblemOnLine1()
    {
        var validation = CatalogFile.Validate(CatalogFile.HeaderWith("Title"), Row("A"));

        Assert.That(validation.Problems, Is.EqualTo(new[] { new CatalogProblem(1, CatalogColumns.Title, CatalogMessages.DuplicateColumn("Title")) }));
    }

    [Test]
    public void Validate_HeaderInOtherCaseAndOrder_Accepted()
    {
        var header = CatalogColumns.All.Reverse().Select(column => " " + column.ToUpperInvariant() + " ").ToArray();

        var validation = CatalogFile.Validate(header, Row("A").With(CatalogColumns.Industries, "Insurance"));

        Assert.That(validation.Problems, Is.Empty);
        Assert.That(validation.ContentItems.Single().Industries, Is.EqualTo(new[] { "Insurance" }));
    }

    [Test]
    public void Validate_RowWithFewerFields_FieldCountProblemForWholeRow()
    {
        var header = CatalogColumns.All;
        var shortRow = new CatalogRow(2, new[] { "A", "Title", "https://enablement.example/a" });

        var validation = CatalogFile.Validate(header, shortRow);

        Assert.That(validation.Problems, Is.EqualTo(new[] { new CatalogProblem(2, header[3], CatalogMessages.FieldCount(3, header.Count)) }),
            "one problem, at the first missing column, not one per empty cell");
        Assert.That(validation.Items, Is.Empty);
    }

    [Test]
    public void Validate_RowWithExtraField_FieldCountProblemAndRowDropped()
    {
        var good = Row("A").Build(CatalogColumns.All, 2);
        var extra = new CatalogRow(3, Row("B").Build(CatalogColumns.All, 3).Cells.Append("spill").ToArray());

        var validation = CatalogFile.Validate(CatalogColumns.All, good, extra);

        Assert.That(validation.Problems, Is.EqualTo(new[] { new CatalogProblem(3, CatalogColumns.All[CatalogColumns.All.Count - 1], CatalogMessages.FieldCount(CatalogColumns.All.Count + 1, CatalogColumns.All.Count)) }));
        Assert.That(validation.ContentItems.Select(item => item.Id), Is.EqualTo(new[] { "A" }));
    }

    [Test]
    public void Validate_RowTheReaderCouldNotSplit_ReportsOnlyTheReadersProblem()
    {
        var readProblem = new CatalogProblem(2, CatalogColumns.Title, CatalogMessages.StrayQuote);
        var row = Row("A").Build(CatalogColumns.All, 2) with { ReadProblem = readProblem };

        var validation = CatalogFile.Validate(CatalogColumns.All, row);

        Assert.That(validation.Problems, Is.EqualTo(new[] { readProblem }));
        Assert.That(validation.Items, Is.Empty);
    }

    [Test]
    public void Validate_RowsStartingOnLaterLines_ProblemsReportRowLines()
    {
        // Rows 2 and 5 hold quoted line breaks, so the rows start on lines 2, 5 and 9.
        var validation = CatalogFile.Validate(
            Row("A").OnLine(2).With(CatalogColumns.Pinned, "maybe"),
            Row("B").OnLine(5),
            Row("C").OnLine(9).With(CatalogColumns.Helpful, "lots"));

        Assert.That(validation.Problems.Select(problem => problem.Line), Is.EqualTo(new[] { 2, 9 }));
    }

    [Test]
    public void Validate_SomeRowsInvalid_ValidRowsStillReturnedWithTheirLines()
    {
        var validation = CatalogFile.Validate(
            Row("A"),
            Row("B").With(CatalogColumns.Url, "ftp://files.example/b"),
            Row("C"),
            Row("D").With(CatalogColumns.Kind, "Brochure"));

        Assert.That(validation.Items.Select(item => (item.Line, item.Item.Id)), Is.EqualTo(new[] { (2, "A"), (4, "C") }));
        Assert.That(validation.Problems.Select(problem => problem.Line), Is.EqualTo(new[] { 3, 5 }));
        Assert.That(validation.RowCount, Is.EqualTo(4));
    }

    [Test]
    public void Validate_ProblemsOnSeveralLines_OrderedByLine()
    {
        var validation = CatalogFile.Validate(
            CatalogFile.HeaderWith("colour"),
            Row("A").OnLine(7).With(CatalogColumns.Helpful, "-1"),
            Row("B").OnLine(3).With(CatalogColumns.Pinned, "yes"));

        Assert.That(validation.Problems.Select(problem => problem.Line), Is.EqualTo(new[] { 1, 3, 7 }));
    }
}
