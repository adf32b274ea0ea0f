using System.Globalization;
using System.IO;
using System.Linq;

namespace CrmEnablement.Cli.Reports;

/// <summary>
/// Coverage as one self-contained HTML page: the gaps listed first, then a heatmap per phase
/// (industries down, buyer roles across; darker is more content), then vocabulary drift.
/// </summary>
internal static class CoverageHtmlWriter
{
    private const string Css =
        "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem;color:#1b1b1b}" +
        "table{border-collapse:collapse;margin:0 0 2rem}th,td{border:1px solid #d0d0d0;padding:.25rem .5rem;font-size:.85rem}" +
        "th{background:#f3f3f3;text-align:left}td.n{text-align:right;min-width:2.5rem}" +
        "td.c0{background:#fde7e9;color:#a4262c;font-weight:bold}td.c1{background:#deecf9}td.c2{background:#9ac7ef}td.c3{background:#2b88d8;color:#fff}" +
        "ul.gaps{columns:3}";

    public static void Write(TextWriter output, CoverageReport report)
    {
        var html = new HtmlWriter(output);
        var gaps = report.Gaps().ToArray();
        html.BeginPage(CliMessages.CoverageTitle, Css);
        html.Element("h1", CliMessages.CoverageTitle);
        html.Element("p", CliMessages.CoverageHeadline(report.ItemsCounted, report.ItemsTotal, report.AsOf, gaps.Length));
        html.Open("section", ("id", "gaps"));
        html.Element("h2", CliMessages.GapsHeading(gaps.Length));
        html.Open("ul", ("class", "gaps"));
        foreach (var (phase, industry, role) in gaps)
        {
            html.Element("li", $"{phase} · {industry} · {role}");
        }

        html.Close("ul");
        html.Close("section");
        for (var p = 0; p < report.Phases.Count; p++)
        {
            html.Open("section", ("class", "phase"));
            html.Element("h2", report.Phases[p]);
            html.Open("table");
            html.Open("tr");
            html.Element("th", "Industry");
            foreach (var role in report.Roles)
            {
                html.Element("th", role, ("scope", "col"));
            }

            html.Close("tr");
            for (var i = 0; i < report.Industries.Count; i++)
            {
                html.Open("tr");
                html.Element("th", report.Industries[i], ("scope", "row"));
                for (var r = 0; r < report.Roles.Count; r++)
                {
                    var count = report.Count(p, i, r);
                    var tone = count == 0 ? "c0" : count == 1 ? "c1" : count <= 3 ? "c2" : "c3";
                    html.Element("td", count.ToString(CultureInfo.InvariantCulture), ("class", "n " + tone),
                        ("title", $"{report.Phases[p]} · {report.Industries[i]} · {report.Roles[r]}: {count}"));
                }

                html.Close("tr");
            }

            html.Close("table");
            html.Close("section");
        }

        html.Open("section", ("id", "drift"));
        html.Element("h2", CliMessages.DriftHeading);
        html.Open("ul");
        foreach (var line in CoverageText.DriftLines(report))
        {
            html.Element("li", line);
        }

        html.Close("ul");
        html.Close("section");
        html.EndPage();
    }
}
