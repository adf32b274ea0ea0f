using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmEnablement.Cli.Import;

/// <summary>
/// Groups batches into rounds: a batch holding a row that binds to a row another batch creates
/// goes in a later round than that batch; batches of one round may be sent in parallel.
/// </summary>
internal static class ImportRounds
{
    /// <summary>The batch indexes of each round, rounds in sending order.</summary>
    public static IReadOnlyList<int[]> Assign(IReadOnlyList<IReadOnlyList<PlannedRow>> batches)
    {
        var batchOf = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < batches.Count; index++)
        {
            foreach (var row in batches[index])
            {
                batchOf[row.Id] = index;
            }
        }

        var round = new int[batches.Count];
        for (var index = 0; index < batches.Count; index++)
        {
            foreach (var row in batches[index])
            {
                if (row.BindInUpsert && row.DependsOn is { } target && batchOf.TryGetValue(target, out var other) && other < index)
                {
                    round[index] = Math.Max(round[index], round[other] + 1);
                }
            }
        }

        return Enumerable.Range(0, batches.Count).GroupBy(index => round[index]).OrderBy(group => group.Key)
            .Select(group => group.ToArray()).ToList();
    }
}
