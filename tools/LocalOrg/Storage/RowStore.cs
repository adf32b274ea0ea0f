using System;
using System.Collections.Generic;
using System.Linq;
using LocalOrg.Diagnostics;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Storage;

/// <summary>
/// The tables: rows by id, kept in creation order (the order a query without orders returns).
/// Every write is journaled so a failed operation can be undone, and counted for <see cref="WriteCounter"/>.
/// Rows here are the store's own objects: callers copy before handing them out.
/// </summary>
internal sealed class RowStore
{
    private readonly Dictionary<string, Dictionary<Guid, StoredRow>> _tables = new(StringComparer.OrdinalIgnoreCase);
    private readonly Journal _journal;
    private readonly WriteCounter _writes;
    private long _sequence;

    internal RowStore(Journal journal, WriteCounter writes)
    {
        _journal = journal;
        _writes = writes;
    }

    internal Entity? Find(string table, Guid id) =>
        _tables.TryGetValue(table, out var rows) && rows.TryGetValue(id, out var row) ? row.Entity : null;

    internal IEnumerable<Entity> Rows(string table) =>
        _tables.TryGetValue(table, out var rows)
            ? rows.Values.OrderBy(row => row.Sequence).Select(row => row.Entity).ToList()
            : Enumerable.Empty<Entity>();

    /// <summary>Adds a row; <paramref name="counted"/> is false for seeding, which is not a write by any message.</summary>
    internal void Insert(Entity row, bool counted = true)
    {
        var table = TableOf(row.LogicalName);
        table[row.Id] = new StoredRow(row, ++_sequence);
        Count(row.LogicalName, WriteKind.Created, counted);
        _journal.Record(() =>
        {
            table.Remove(row.Id);
            Count(row.LogicalName, WriteKind.Created, counted, -1);
        });
    }

    internal void Replace(Entity row)
    {
        var table = TableOf(row.LogicalName);
        var previous = table[row.Id];
        table[row.Id] = previous with { Entity = row };
        Count(row.LogicalName, WriteKind.Updated, counted: true);
        _journal.Record(() =>
        {
            table[row.Id] = previous;
            Count(row.LogicalName, WriteKind.Updated, counted: true, -1);
        });
    }

    internal void Remove(string logicalName, Guid id)
    {
        var table = TableOf(logicalName);
        if (!table.Remove(id, out var previous))
        {
            return;
        }

        Count(logicalName, WriteKind.Deleted, counted: true);
        _journal.Record(() =>
        {
            table[id] = previous;
            Count(logicalName, WriteKind.Deleted, counted: true, -1);
        });
    }

    private Dictionary<Guid, StoredRow> TableOf(string logicalName)
    {
        if (!_tables.TryGetValue(logicalName, out var rows))
        {
            rows = new Dictionary<Guid, StoredRow>();
            _tables[logicalName] = rows;
        }

        return rows;
    }

    private void Count(string table, WriteKind kind, bool counted, int delta = 1)
    {
        if (counted)
        {
            _writes.Add(table, kind, delta);
        }
    }

    private sealed record StoredRow(Entity Entity, long Sequence);
}
