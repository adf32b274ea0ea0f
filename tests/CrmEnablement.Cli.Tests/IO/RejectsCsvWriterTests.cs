using System.IO;
using System.Linq;
using CrmEnablement.Cli.IO;
using CrmEnablement.Engine.Catalog;

namespace CrmEnablement.Cli.Tests.IO;

public class RejectsCsvWriterTests
{
    private static readonly string[] Header = Enumerable.Range(1, 10).Select(index => "c" + index).ToArray();

    [Test]
    public void Write_RowWithMoreFieldsThanTheHeader_KeepsEveryField()
    {
        var cells = Enumerable.Range(1, 21).Select(index => "v" + index).ToArray();

        var (header, row) = WriteAndReadBack(new CatalogRow(2, cells), "the row has 21 fields");

        Assert.That(header, Is.EqualTo(Header.Prepend(RejectsCsvWriter.ReasonColumn)));
        Assert.That(row, Is.EqualTo(cells.Prepend("the row has 21 fields")));
    }

    [Test]
    public void Write_RowWithFewerFields_IsNotPadded()
    {
        var (_, row) = WriteAndReadBack(new CatalogRow(2, new[] { "A", "Title" }), "too few");

        Assert.That(row, Is.EqualTo(new[] { "too few", "A", "Title" }));
    }

    [Test]
    public void Write_CellsWithCommasQuotesAndLineBreaks_ReadBackUnchanged()
    {
        var cells = new[] { "A", "Say \"no\", then\nsay yes", " padded " };

        var (_, row) = WriteAndReadBack(new CatalogRow(2, cells), "reason, with a comma");

        Assert.That(row, Is.EqualTo(cells.Prepend("reason, with a comma")));
    }

    private static (string[] Header, string[] Row) WriteAndReadBack(CatalogRow row, string reason)
    {
        using var text = new StringWriter();
        RejectsCsvWriter.Write(text, Header, new[] { (row, reason) });
        var (header, rows) = CatalogCsvReader.Parse("rejects.csv", text.ToString());
        return (header!.ToArray(), rows.Single().Cells.ToArray());
    }
}
