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
            problems.Add(new CatalogProblem(1, null, CatalogMessages.EmptyFile));
            return new CatalogValidation(Array.Empty<ValidatedItem>(), problems, 0);
        }

        var columns = CatalogHeader.Map(header, problems);
        var parsed = new List<KeyValuePair<ValidatedItem, bool>>();
        var rowCount = 0;
        foreach (var row in rows)
        {
            rowCount++;
            var rowProblems = new List<CatalogProblem>();
            var item = new CatalogRowParser(_vocabularies, columns, header.Count, row, rowProblems).Parse();
            problems.AddRange(rowProblems);
            parsed.Add(new KeyValuePair<ValidatedItem, bool>(new ValidatedItem(row.Line, item), rowProblems.Count == 0));
        }

        var invalidLines = new HashSet<int>(parsed.Where(entry => !entry.Value).Select(entry => entry.Key.Line));
        CheckAcrossRows(parsed.Select(entry => entry.Key).ToList(), problems, invalidLines);
        var valid = parsed.Where(entry => !invalidLines.Contains(entry.Key.Line)).Select(entry => entry.Key).ToArray();
        return new CatalogValidation(valid, problems, rowCount);
    }

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
