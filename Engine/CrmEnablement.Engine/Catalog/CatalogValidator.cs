using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Engine.Catalog;

/// <summary>
/// The catalogue's rules, shared by <c>cen validate</c>, <c>cen recommend</c> and catalogue import:
/// a header check, a check of every cell, then checks across rows (duplicate ids, refreshers).
/// </summary>
public sealed class CatalogValidator
{
    private readonly VocabularySet _vocabularies;

    /// <summary>Creates a validator for the given vocabularies.</summary>
    public CatalogValidator(VocabularySet vocabularies)
    {
        _vocabularies = vocabularies;
    }

    /// <summary>Checks a whole catalogue.</summary>
    /// <param name="header">The header line's cells (line 1); null when the file is empty.</param>
    /// <param name="rows">The data rows.</param>
    public CatalogValidation Validate(IReadOnlyList<string>? header, IEnumerable<CatalogRow> rows)
    {
        var problems = new List<CatalogProblem>();
        if (header is null)
        {
            problems.Add(new CatalogProblem(1, CatalogColumns.Id, CatalogMessages.EmptyFile));
            return new CatalogValidation(Array.Empty<ValidatedItem>(), problems, 0);
        }

        var columns = CatalogHeader.Map(header, problems);
        var parsed = new List<KeyValuePair<ValidatedItem, bool>>();
        var rowCount = 0;
        foreach (var row in rows)
        {
            rowCount++;
            if (ShapeProblem(row, header, columns) is { } shape)
            {
                // The cells cannot be trusted, so they are not checked one by one: one problem, not a cascade.
                problems.Add(shape);
                parsed.Add(new KeyValuePair<ValidatedItem, bool>(new ValidatedItem(row.Line, new ContentItem { Id = IdOf(row, columns) }), false));
                continue;
            }

            var rowProblems = new List<CatalogProblem>();
            var item = new CatalogRowParser(_vocabularies, columns, row, rowProblems).Parse();
            problems.AddRange(rowProblems);
            parsed.Add(new KeyValuePair<ValidatedItem, bool>(new ValidatedItem(row.Line, item), rowProblems.Count == 0));
        }

        var invalidLines = new HashSet<int>(parsed.Where(entry => !entry.Value).Select(entry => entry.Key.Line));
        CheckAcrossRows(parsed.Select(entry => entry.Key).ToList(), problems, invalidLines);
        var valid = parsed.Where(entry => !invalidLines.Contains(entry.Key.Line)).Select(entry => entry.Key).ToArray();
        return new CatalogValidation(valid, problems, rowCount);
    }

    /// <summary>A row the reader could not split cleanly, or with more or fewer fields than the header.</summary>
    private static CatalogProblem? ShapeProblem(CatalogRow row, IReadOnlyList<string> header, Dictionary<string, int> columns)
    {
        if (row.ReadProblem is not null)
        {
            return row.ReadProblem;
        }

        if (row.Cells.Count == header.Count)
        {
            return null;
        }

        // Name where the row stops matching the header: the first missing column, or the last one it overruns.
        var index = row.Cells.Count < header.Count ? row.Cells.Count : header.Count - 1;
        var name = columns.Where(entry => entry.Value == index).Select(entry => entry.Key).FirstOrDefault() ?? header[index].Trim();
        return new CatalogProblem(row.Line, name, CatalogMessages.FieldCount(row.Cells.Count, header.Count));
    }

    private static string IdOf(CatalogRow row, Dictionary<string, int> columns) =>
        columns.TryGetValue(CatalogColumns.Id, out var index) && index < row.Cells.Count ? row.Cells[index].Trim() : "";

    private static void CheckAcrossRows(List<ValidatedItem> items, List<CatalogProblem> problems, HashSet<int> invalidLines)
    {
        // Every row sharing an id is rejected, not just the later ones: which row would be kept
        // must never depend on the file's row order. Ids differing only in case are the same id,
        // as they are for Dataverse's alternate key.
        var firstLineById = new Dictionary<string, ValidatedItem>(StringComparer.OrdinalIgnoreCase);
        var linesById = items.Where(entry => entry.Item.Id.Length > 0)
            .GroupBy(entry => entry.Item.Id, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.Select(entry => entry.Line).ToArray(), StringComparer.OrdinalIgnoreCase);
        foreach (var entry in items.Where(entry => entry.Item.Id.Length > 0))
        {
            var lines = linesById[entry.Item.Id];
            if (!firstLineById.ContainsKey(entry.Item.Id))
            {
                firstLineById.Add(entry.Item.Id, entry);
            }

            if (lines.Length == 1)
            {
                continue;
            }

            var message = entry.Line == lines[0]
                ? CatalogMessages.IdUsedAgain(entry.Item.Id, lines.Skip(1))
                : CatalogMessages.DuplicateId(entry.Item.Id, lines[0]);
            problems.Add(new CatalogProblem(entry.Line, CatalogColumns.Id, message));
            invalidLines.Add(entry.Line);
        }

        foreach (var entry in items)
        {
            var related = entry.Item.RelatedTraining;
            if (related is null)
            {
                continue;
            }

            string? message = null;
            if (string.Equals(related, entry.Item.Id, StringComparison.OrdinalIgnoreCase))
            {
                message = CatalogMessages.SelfRelatedTraining;
            }
            else if (!firstLineById.TryGetValue(related, out var target))
            {
                message = CatalogMessages.UnknownRelatedTraining(related);
            }
            else if (!target.Item.IsInternal)
            {
                message = CatalogMessages.RelatedTrainingNotInternal(related, target.Line);
            }

            if (message is not null)
            {
                problems.Add(new CatalogProblem(entry.Line, CatalogColumns.RelatedTraining, message));
                invalidLines.Add(entry.Line);
            }
        }
    }
}
