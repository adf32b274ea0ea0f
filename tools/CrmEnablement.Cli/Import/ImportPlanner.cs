using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Cli.Dataverse;
using CrmEnablement.Engine.Catalog;

namespace CrmEnablement.Cli.Import;

/// <summary>
/// Decides, for every valid row, create / update / unchanged by comparing it with the row the
/// environment holds, and orders the writes so every related training exists before a row binds to it.
/// </summary>
internal static class ImportPlanner
{
    /// <summary>The plan, in file order, and the rows refused before anything is sent.</summary>
    public static (IReadOnlyList<PlannedRow> Rows, IReadOnlyList<RejectedRow> Rejected) Plan(
        IReadOnlyList<ValidatedItem> items, IReadOnlyDictionary<string, ContentRecord> existing, ContentRecordMapper mapper)
    {
        var rejected = new List<RejectedRow>();
        // Dataverse compares string keys without case: "cnt-1" and "CNT-1" would be one row.
        var clashes = items.GroupBy(item => item.Item.Id, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Select(item => item.Item.Id).Distinct(StringComparer.Ordinal).Count() > 1)
            .SelectMany(group => group).ToList();
        foreach (var clash in clashes)
        {
            rejected.Add(new RejectedRow(clash.Line, clash.Item.Id, CliMessages.IdsDifferOnlyInCase(clash.Item.Id)));
        }

        var rows = new List<PlannedRow>();
        foreach (var item in items.Except(clashes))
        {
            var desired = mapper.ToRecord(item.Item);
            var action = !existing.TryGetValue(item.Item.Id, out var current) ? RowAction.Create
                : desired.ChangedFrom(current).Count == 0 ? RowAction.Unchanged
                : RowAction.Update;
            rows.Add(new PlannedRow(item, desired, action));
        }

        AssignWaves(rows, existing);
        return (rows, rejected);
    }

    private static void AssignWaves(List<PlannedRow> rows, IReadOnlyDictionary<string, ContentRecord> existing)
    {
        var created = rows.Where(row => row.Action == RowAction.Create).ToDictionary(row => row.Id, StringComparer.OrdinalIgnoreCase);
        var visiting = new HashSet<PlannedRow>();
        var deferred = false;

        int WaveOf(PlannedRow row)
        {
            var target = row.Desired.RelatedTraining;
            if (target is null || existing.ContainsKey(target) || !created.TryGetValue(target, out var targetRow))
            {
                return 0;
            }

            row.DependsOn = targetRow.Id;
            if (!visiting.Add(row))
            {
                // Rows that refer to each other: upsert this one without the lookup, bind it at the end.
                row.BindInUpsert = false;
                deferred = true;
                return 0;
            }

            var wave = row.BindInUpsert ? WaveOf(targetRow) + 1 : 0;
            visiting.Remove(row);
            return wave;
        }

        foreach (var row in rows.Where(row => row.Action != RowAction.Unchanged))
        {
            row.Wave = WaveOf(row);
        }

        if (deferred)
        {
            foreach (var row in rows.Where(row => !row.BindInUpsert))
            {
                row.Wave = 0;
            }
        }
    }
}
