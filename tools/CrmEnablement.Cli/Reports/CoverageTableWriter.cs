using System.Globalization;
using System.IO;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CrmEnablement.Cli.Reports;

/// <summary>Coverage at a terminal: one table per phase, industries down, buyer roles across, empty cells marked.</summary>
internal static class CoverageTableWriter
{
    /// <summary>What an empty cell shows.</summary>
    public const string GapMark = "·";

    public static void Write(TextWriter output, CoverageReport report, bool colour)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = colour ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!colour)
        {
            // A file or pipe has no width of its own; keep every role column on one line.
            console.Profile.Width = 240;
        }
        console.Write(new Text(CliMessages.CoverageHeadline(report.ItemsCounted, report.ItemsTotal, report.AsOf, report.Gaps().Count()), new Style(decoration: Decoration.Bold)));
        console.WriteLine();
        for (var p = 0; p < report.Phases.Count; p++)
        {
            var table = new Table().Border(TableBorder.Rounded).Title(new TableTitle(report.Phases[p]));
            table.AddColumn("Industry");
            foreach (var role in report.Roles)
            {
                table.AddColumn(new TableColumn(new Text(role)).RightAligned());
            }

            for (var i = 0; i < report.Industries.Count; i++)
            {
                var cells = new IRenderable[report.Roles.Count + 1];
                cells[0] = new Text(report.Industries[i]);
                for (var r = 0; r < report.Roles.Count; r++)
                {
                    var count = report.Count(p, i, r);
                    // Data goes in as Text, never as markup.
                    cells[r + 1] = count == 0 ? new Text(GapMark, new Style(Color.Red, decoration: Decoration.Bold)) : new Text(count.ToString(CultureInfo.InvariantCulture));
                }

                table.AddRow(cells);
            }

            console.Write(table);
        }

        foreach (var line in CoverageText.DriftLines(report))
        {
            console.Write(new Text(line + "\n"));
        }
    }
}
