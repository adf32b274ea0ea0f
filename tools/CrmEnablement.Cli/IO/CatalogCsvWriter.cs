using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CrmEnablement.Engine.Catalog;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Vocabularies;
using CsvHelper;
using CsvHelper.Configuration;

namespace CrmEnablement.Cli.IO;

/// <summary>
/// Writes catalogue CSV in the format <see cref="CatalogCsvReader"/> reads: every column of
/// <see cref="CatalogColumns.All"/>, RFC 4180 quoting, LF line ends, rows in id order, so an
/// exported file imports back unchanged and diffs cleanly.
/// </summary>
public static class CatalogCsvWriter
{
    /// <summary>Writes the header and one row per item to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, IEnumerable<ContentItem> items)
    {
        using var csv = new CsvWriter(output, Configuration(), leaveOpen: true);
        foreach (var column in CatalogColumns.All)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var item in items.OrderBy(item => item.Id, System.StringComparer.Ordinal))
        {
            foreach (var cell in Cells(item))
            {
                csv.WriteField(cell);
            }

            csv.NextRecord();
        }
    }

    /// <summary>The CSV settings shared by the catalogue and rejects writers.</summary>
    internal static CsvConfiguration Configuration() => new(CultureInfo.InvariantCulture) { NewLine = "\n" };

    private static IEnumerable<string> Cells(ContentItem item)
    {
        string List(IReadOnlyList<string> labels) => string.Join(CatalogColumns.ListSeparator.ToString(), labels);
        string Date(System.DateTime? date) => date?.ToString(CatalogColumns.DateFormat, CultureInfo.InvariantCulture) ?? "";
        return new[]
        {
            item.Id, item.Title, item.Url, item.Summary, item.Kind, item.IsInternal ? AudienceLabels.Internal : AudienceLabels.ClientFacing,
            item.Medium ?? "", List(item.Industries), List(item.BuyerRoles), List(item.Phases), List(item.SalesStages), List(item.Challenges),
            item.Language ?? "", item.Status.ToString(), Date(item.PublishedOn), Date(item.ExpiresOn), item.Author ?? "",
            item.Pinned ? "true" : "false", item.RelatedTraining ?? "", item.Helpful.ToString(CultureInfo.InvariantCulture),
            item.NotHelpful.ToString(CultureInfo.InvariantCulture),
        };
    }
}
