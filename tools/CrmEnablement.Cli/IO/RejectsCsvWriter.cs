using System.Collections.Generic;
using System.IO;
using System.Linq;
using CrmEnablement.Engine.Catalog;
using CsvHelper;

namespace CrmEnablement.Cli.IO;

/// <summary>
/// Writes the rows an import did not take: the file's own header and cells, unchanged, plus a
/// <see cref="ReasonColumn"/> column. Fix the rows, delete that column, and import the file again.
/// </summary>
public static class RejectsCsvWriter
{
    /// <summary>The added column's name.</summary>
    public const string ReasonColumn = "reason";

    /// <summary>Writes <paramref name="rows"/> (file row and reason) under <paramref name="header"/>.</summary>
    public static void Write(TextWriter output, IReadOnlyList<string> header, IEnumerable<(CatalogRow Row, string Reason)> rows)
    {
        using var csv = new CsvWriter(output, CatalogCsvWriter.Configuration(), leaveOpen: true);
        foreach (var cell in header.Append(ReasonColumn))
        {
            csv.WriteField(cell);
        }

        csv.NextRecord();
        foreach (var (row, reason) in rows)
        {
            // Pad or cut to the header's width so the reason always sits in its own column.
            foreach (var cell in Enumerable.Range(0, header.Count).Select(index => index < row.Cells.Count ? row.Cells[index] : ""))
            {
                csv.WriteField(cell);
            }

            csv.WriteField(reason);
            csv.NextRecord();
        }
    }
}
