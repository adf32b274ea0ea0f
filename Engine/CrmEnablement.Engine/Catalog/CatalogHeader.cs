using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Engine.Catalog;

/// <summary>Maps the header's cells to canonical column names, reporting unknown, repeated and missing columns.</summary>
internal static class CatalogHeader
{
    /// <summary>Canonical column name → cell position.</summary>
    public static Dictionary<string, int> Map(IReadOnlyList<string> header, List<CatalogProblem> problems)
    {
        var byLower = CatalogColumns.All.ToDictionary(column => column.ToLowerInvariant(), column => column);
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < header.Count; index++)
        {
            var name = header[index].Trim();
            if (!byLower.TryGetValue(name.ToLowerInvariant(), out var canonical))
            {
                var closest = CatalogColumns.All.OrderBy(column => EditDistance.Between(column.ToLowerInvariant(), name.ToLowerInvariant())).First();
                problems.Add(new CatalogProblem(1, name, CatalogMessages.UnknownColumn(name, closest)));
                continue;
            }

            if (positions.ContainsKey(canonical))
            {
                problems.Add(new CatalogProblem(1, canonical, CatalogMessages.DuplicateColumn(name)));
                continue;
            }

            positions.Add(canonical, index);
        }

        foreach (var required in CatalogColumns.Required.Where(required => !positions.ContainsKey(required)))
        {
            problems.Add(new CatalogProblem(1, required, CatalogMessages.MissingColumn));
        }

        return positions;
    }
}
