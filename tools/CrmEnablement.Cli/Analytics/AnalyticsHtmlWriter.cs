using System.IO;
using CrmEnablement.Cli.Reports;

namespace CrmEnablement.Cli.Analytics;

/// <summary>Analytics as one self-contained HTML page; every value is HTML-encoded.</summary>
internal static class AnalyticsHtmlWriter
{
    private const string Css =
        "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem;color:#1b1b1b}" +
        "table{border-collapse:collapse;margin:0 0 2rem}th,td{border:1px solid #d0d0d0;padding:.25rem .5rem;font-size:.85rem;text-align:left}" +
        "th{background:#f3f3f3}";

    public static void Write(TextWriter output, AnalyticsReport report)
    {
        var html = new HtmlWriter(output);
        html.BeginPage(CliMessages.AnalyticsTitle, Css);
        html.Element("h1", CliMessages.AnalyticsTitle);
        html.Element("p", CliMessages.AnalyticsHeadline(report.Interactions, report.Deals, report.ClosedDeals, report.GapReports));
        html.Element("h2", "Content");
        Table(html, "content", AnalyticsRows.ContentHeader, AnalyticsRows.Content(report));
        html.Element("h2", "Authors");
        Table(html, "authors", AnalyticsRows.AuthorHeader, AnalyticsRows.Authors(report));
        html.Element("p", CliMessages.SmallSampleNote(WinRate.SmallSample));
        html.EndPage();
    }

    private static void Table(HtmlWriter html, string id, string[] header, System.Collections.Generic.IEnumerable<string[]> rows)
    {
        html.Open("table", ("id", id));
        html.Open("tr");
        foreach (var column in header)
        {
            html.Element("th", column, ("scope", "col"));
        }

        html.Close("tr");
        foreach (var row in rows)
        {
            html.Open("tr");
            foreach (var cell in row)
            {
                html.Element("td", cell);
            }

            html.Close("tr");
        }

        html.Close("table");
    }
}
