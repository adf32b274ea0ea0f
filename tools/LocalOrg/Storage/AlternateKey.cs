using System;
using System.Collections.Generic;
using System.Linq;

namespace LocalOrg.Storage;

/// <summary>An alternate key: a named set of columns whose values no two rows of the table may share.</summary>
internal sealed record AlternateKey(string Table, string Name, IReadOnlyList<string> Columns)
{
    internal bool HasColumns(IEnumerable<string> names)
    {
        var given = names.ToList();
        return given.Count == Columns.Count && Columns.All(c => given.Contains(c, StringComparer.OrdinalIgnoreCase));
    }
}
