using System.Globalization;
using System.IO;
using CrmEnablement.Cli.IO;
using CsvHelper;

namespace CrmEnablement.Cli.Reports;

/// <summary>Coverage for spreadsheets: one row per phase × industry × buyer role with its item count.</summary>
internal static class CoverageCsvWriter
{
    public static readonly string[] Header = { "phase", "industry", "buyerRole", "items" };

    public static void Write(TextWriter output, CoverageReport report)
    {
        using var csv = new CsvWriter(output, CatalogCsvWriter.Configuration(), leaveOpen: true);
        foreach (var column in Header)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        for (var p = 0; p < report.Phases.Count; p++)
        {
            for (var i = 0; i < report.Industries.Count; i++)
            {
                for (var r = 0; r < report.Roles.Count; r++)
                {
                    csv.WriteField(report.Phases[p]);
                    csv.WriteField(report.Industries[i]);
                    csv.WriteField(report.Roles[r]);
                    csv.WriteField(report.Count(p, i, r).ToString(CultureInfo.InvariantCulture));
                    csv.NextRecord();
                }
            }
        }
    }
}
