using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmEnablement.Cli.IO;

namespace CrmEnablement.Cli.Analytics;

/// <summary>Reads the interactions CSV (see README: File formats); every problem is reported as FILE:LINE: column NAME: message.</summary>
internal static class InteractionsCsvReader
{
    /// <summary>The rows of <paramref name="path"/>.</summary>
    /// <exception cref="InputException">Missing, unreadable, malformed, or any row invalid.</exception>
    public static IReadOnlyList<Interaction> Read(string path)
    {
        var (header, rows) = CatalogCsvReader.Parse(path, InputFile.ReadText(path, "interactions file"));
        var problems = new List<string>();
        if (header is null)
        {
            throw new InputException(CliMessages.InteractionsEmpty(path));
        }

        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < header.Count; index++)
        {
            var name = header[index].Trim();
            var known = InteractionColumns.All.FirstOrDefault(column => string.Equals(column, name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                problems.Add(CliMessages.InteractionProblem(path, 1, name, CliMessages.UnknownInteractionColumn(string.Join(", ", InteractionColumns.All))));
            }
            else
            {
                columns[known] = index;
            }
        }

        problems.AddRange(InteractionColumns.Required.Where(column => !columns.ContainsKey(column))
            .Select(column => CliMessages.InteractionProblem(path, 1, column, Engine.Catalog.CatalogMessages.MissingColumn)));
        if (problems.Count > 0)
        {
            throw new InputException(problems);
        }

        var interactions = new List<Interaction>();
        foreach (var row in rows)
        {
            string Cell(string column) => columns.TryGetValue(column, out var index) && index < row.Cells.Count ? row.Cells[index].Trim() : "";
            void Problem(string column, string message) => problems.Add(CliMessages.InteractionProblem(path, row.Line, column, message));

            var onText = Cell(InteractionColumns.On);
            if (!DateTime.TryParse(onText, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var on))
            {
                Problem(InteractionColumns.On, CliMessages.BadInteractionTime(onText));
            }

            var actionText = Cell(InteractionColumns.Action);
            if (!Enum.TryParse<InteractionAction>(actionText, ignoreCase: true, out var action) || int.TryParse(actionText, out _))
            {
                Problem(InteractionColumns.Action, CliMessages.BadInteractionAction(actionText));
            }

            var outcome = Cell(InteractionColumns.Outcome);
            if (outcome.Length > 0 && !outcome.Equals(InteractionColumns.Won, StringComparison.OrdinalIgnoreCase) && !outcome.Equals(InteractionColumns.Lost, StringComparison.OrdinalIgnoreCase))
            {
                Problem(InteractionColumns.Outcome, CliMessages.BadInteractionOutcome(outcome));
            }

            foreach (var required in new[] { InteractionColumns.OpportunityId, InteractionColumns.ContentId }.Where(column => Cell(column).Length == 0))
            {
                if (required == InteractionColumns.ContentId && action == InteractionAction.Gap)
                {
                    continue;
                }

                Problem(required, Engine.Catalog.CatalogMessages.MissingValue);
            }

            interactions.Add(new Interaction(on, Cell(InteractionColumns.OpportunityId), Cell(InteractionColumns.ContentId), action, Cell(InteractionColumns.User),
                Cell(InteractionColumns.Phase), Cell(InteractionColumns.Stage), Cell(InteractionColumns.Industry),
                outcome.Length == 0 ? null : outcome.Equals(InteractionColumns.Won, StringComparison.OrdinalIgnoreCase) ? InteractionColumns.Won : InteractionColumns.Lost));
        }

        if (problems.Count > 0)
        {
            throw new InputException(problems);
        }

        return interactions;
    }
}
