using System.Collections.Generic;
using System.IO;
using System.Linq;
using CrmEnablement.Engine.Catalog;
using CsvHelper;

namespace CrmEnablement.Cli.IO;

/// <summary>
/// Writes the rows an import did not take: a <see cref="ReasonColumn"/> column first, then the
/// file's own header and every cell each row had, unchanged — cells beyond the header's columns
/// included, short rows not padded. Delete the first column, fix the rows, and import the file again.
/// </summary>
/// <remarks>
/// The reason goes first because it is the only column whose place does not depend on the row: a
/// row with more fields than the header (often a title with unquoted commas) would push a last
/// reason column past the header, and deleting the header's reason column in a spreadsheet would
/// then delete one of that row's own cells.
/// </remarks>
public static class RejectsCsvWriter
{
    /// <summary>The added column's name.</summary>
    public const string ReasonColumn = "reason";

    /// <summary>Writes <paramref name="rows"/> (file row and reason) under <paramref name="header"/>.</summary>
    public static void Write(TextWriter output, IReadOnlyList<string> header, IEnumerable<(CatalogRow Row, string Reason)> rows)
    {
        using var csv = new CsvWriter(output, CatalogCsvWriter.Configuration(), leaveOpen: true);
        foreach (var cell in header.Prepend(ReasonColumn))
        {
            csv.WriteField(cell);
        }

        csv.NextRecord();
        foreach (var (row, reason) in rows)
        {
            foreach (var cell in row.Cells.Prepend(reason))
            {
                csv.WriteField(cell);
            }

            csv.NextRecord();
        }
    }
}
