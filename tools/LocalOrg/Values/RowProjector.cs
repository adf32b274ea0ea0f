using System.Collections.Generic;
using System.Linq;
using LocalOrg.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Values;

/// <summary>Copies of stored rows cut to a column set: what Retrieve, queries and images hand out.</summary>
internal static class RowProjector
{
    /// <summary>A deep copy of <paramref name="row"/> with the columns asked for (all for AllColumns) and always the primary id.</summary>
    internal static Entity Project(Entity row, ColumnSet columns) =>
        columns.AllColumns ? ValueCopier.CopyEntity(row) : Select(row, columns.Columns);

    /// <summary>A deep copy with only <paramref name="columns"/> (those the row has) and the primary id; an empty list means every column.</summary>
    internal static Entity Project(Entity row, IReadOnlyCollection<string> columns)
    {
        return columns.Count == 0 ? ValueCopier.CopyEntity(row) : Select(row, columns);
    }

    private static Entity Select(Entity row, IReadOnlyCollection<string> columns)
    {
        var copy = new Entity(row.LogicalName, row.Id);
        var idColumn = RowColumns.PrimaryIdOf(row.LogicalName);
        foreach (var column in columns.Append(idColumn).Distinct())
        {
            if (row.Attributes.TryGetValue(column, out var value))
            {
                copy.Attributes[column] = ValueCopier.Copy(value);
            }
        }

        return copy;
    }
}
