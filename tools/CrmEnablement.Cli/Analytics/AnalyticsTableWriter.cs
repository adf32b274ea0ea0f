using System.IO;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CrmEnablement.Cli.Analytics;

/// <summary>Analytics at a terminal: a table per content item, then per author.</summary>
internal static class AnalyticsTableWriter
{
    public static void Write(TextWriter output, AnalyticsReport report, bool colour)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = colour ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        if (!colour)
        {
            console.Profile.Width = 240;
        }

        console.Write(new Text(CliMessages.AnalyticsHeadline(report.Interactions, report.Deals, report.ClosedDeals, report.GapReports) + "\n", new Style(decoration: Decoration.Bold)));
        console.Write(Table(AnalyticsRows.ContentHeader, AnalyticsRows.Content(report)));
        console.Write(Table(AnalyticsRows.AuthorHeader, AnalyticsRows.Authors(report)));
        console.Write(new Text(CliMessages.SmallSampleNote(WinRate.SmallSample) + "\n"));
    }

    private static Table Table(string[] header, System.Collections.Generic.IEnumerable<string[]> rows)
    {
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in header)
        {
            table.AddColumn(new TableColumn(new Text(column)));
        }

        foreach (var row in rows)
        {
            // Titles are data: Text, never markup.
            table.AddRow(row.Select(cell => (IRenderable)new Text(cell)).ToArray());
        }

        return table;
    }
}
