using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CrmEnablement.Engine.Ranking;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CrmEnablement.Cli.IO;

/// <summary>Shows suggestions as one table per opportunity, for people at a terminal.</summary>
public static class SuggestionsTableWriter
{
    /// <summary>Writes the tables to <paramref name="output"/>.</summary>
    public static void Write(TextWriter output, IReadOnlyList<OpportunityRanking> rankings, bool colour)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = colour ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        });
        foreach (var ranking in rankings)
        {
            // Data is shown as Text, never parsed as markup: a title with [brackets] stays a title.
            console.Write(new Text(Heading(ranking), new Style(decoration: Decoration.Bold)));
            console.WriteLine();
            foreach (var warning in ranking.Warnings)
            {
                console.Write(new Text("  ! " + warning, new Style(Color.Yellow)));
                console.WriteLine();
            }

            if (ranking.Suggestions.Count == 0)
            {
                console.Write(new Text("  (no suggestions)"));
                console.WriteLine();
                console.WriteLine();
                continue;
            }

            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumn("#");
            table.AddColumn("Suggestion");
            table.AddColumn(new TableColumn("Score").RightAligned());
            table.AddColumn("Why");
            foreach (var suggestion in ranking.Suggestions)
            {
                var roles = suggestion.ForRoles.Count == 0 ? "every role" : string.Join(", ", suggestion.ForRoles);
                table.AddRow(new IRenderable[]
                {
                    new Text(suggestion.Rank.ToString(CultureInfo.InvariantCulture)),
                    new Rows(
                        new Text(suggestion.Title, new Style(decoration: Decoration.Bold)),
                        new Text($"{suggestion.Kind} · {suggestion.Audience} · for {roles}", new Style(Color.Grey))),
                    new Text(suggestion.Score.ToString(CultureInfo.InvariantCulture)),
                    new Text(string.Join("\n", suggestion.Reasons.Select(reason => reason.Text))),
                });
            }

            console.Write(table);
            console.WriteLine();
        }
    }

    /// <summary>
    /// "OPP-1001 · Buying · Insurance · Economic Buyer, Champion": the deal and what it was ranked
    /// for, leaving out an industry or roles the engine did not know.
    /// </summary>
    internal static string Heading(OpportunityRanking ranking)
    {
        var parts = new List<string> { ranking.OpportunityId, ranking.Phase };
        if (!string.IsNullOrWhiteSpace(ranking.Industry))
        {
            parts.Add(ranking.Industry!);
        }

        if (ranking.BuyerRoles.Count > 0)
        {
            parts.Add(string.Join(", ", ranking.BuyerRoles));
        }

        return string.Join(" · ", parts);
    }
}
