using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LocalOrg.Faults;
using LocalOrg.Values;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Storage;

/// <summary>
/// The alternate keys defined per table: enforces them on writes and finds rows by them (Upsert,
/// key-addressed Retrieve/Update/Delete, lookups given by key).
/// </summary>
internal sealed class KeyRegistry
{
    private readonly List<AlternateKey> _keys = new();
    private readonly RowStore _store;
    private readonly FaultFactory _faults;

    internal KeyRegistry(RowStore store, FaultFactory faults)
    {
        _store = store;
        _faults = faults;
    }

    internal void Define(string table, string keyName, IReadOnlyList<string> columns)
    {
        if (_keys.Any(k => Same(k.Table, table) && Same(k.Name, keyName)))
        {
            throw new InvalidOperationException(Format(FaultMessages.KeyAlreadyDefined, keyName, table));
        }

        var key = new AlternateKey(table, keyName, columns);
        var rows = _store.Rows(table).ToList();
        if (rows.Any(row => FindClash(key, row, rows) != null))
        {
            throw new InvalidOperationException(Format(FaultMessages.ExistingRowsBreakKey, keyName, table));
        }

        _keys.Add(key);
    }

    /// <summary>Throws the platform's DuplicateRecordEntityKey fault when <paramref name="row"/> (as it will be stored) repeats another row's key values.</summary>
    internal void EnsureUnique(Entity row)
    {
        var keys = _keys.Where(k => Same(k.Table, row.LogicalName)).ToList();
        if (keys.Count == 0)
        {
            return;
        }

        var others = _store.Rows(row.LogicalName).ToList();
        foreach (var key in keys)
        {
            if (FindClash(key, row, others) != null)
            {
                throw _faults.Create(ErrorCodes.DuplicateRecordEntityKey, FaultMessages.DuplicateAlternateKey, string.Join(", ", key.Columns), key.Name);
            }
        }
    }

    /// <summary>The id of the row whose key values are <paramref name="keyValues"/>, or null when there is none.</summary>
    internal Guid? Find(string table, KeyAttributeCollection keyValues)
    {
        var key = KeyFor(table, keyValues);
        var wanted = ValuesFor(key, keyValues);
        return _store.Rows(table)
            .FirstOrDefault(row => key.Columns.Select((c, i) => ValueComparer.AreEqual(row.Attributes.TryGetValue(c, out var v) ? v : null, wanted[i])).All(x => x))
            ?.Id;
    }

    /// <summary>Like <see cref="Find"/>, but a missing row is the platform's not-found fault.</summary>
    internal Guid Resolve(string table, KeyAttributeCollection keyValues) =>
        Find(table, keyValues) ?? throw _faults.Create(ErrorCodes.ObjectDoesNotExist, FaultMessages.RecordNotFoundByKey, table);

    /// <summary>The key columns and their values, to write into a row that Upsert creates.</summary>
    internal IEnumerable<KeyValuePair<string, object?>> ColumnValues(string table, KeyAttributeCollection keyValues)
    {
        var key = KeyFor(table, keyValues);
        var values = ValuesFor(key, keyValues);
        return key.Columns.Select((column, i) => new KeyValuePair<string, object?>(column, values[i]));
    }

    /// <summary>
    /// The key that <paramref name="keyValues"/> addresses: one whose columns are exactly the names
    /// given, or (for <c>EntityReference(table, keyName, value)</c>) a one-column key of that name.
    /// </summary>
    private AlternateKey KeyFor(string table, KeyAttributeCollection keyValues)
    {
        var names = keyValues.Keys.ToList();
        var key = _keys.FirstOrDefault(k => Same(k.Table, table) && k.HasColumns(names))
            ?? _keys.FirstOrDefault(k => Same(k.Table, table) && names.Count == 1 && k.Columns.Count == 1 && Same(k.Name, names[0]));
        return key ?? throw _faults.Create(ErrorCodes.InvalidArgument, FaultMessages.UnknownAlternateKey, string.Join(", ", names), table);
    }

    private static object?[] ValuesFor(AlternateKey key, KeyAttributeCollection keyValues)
    {
        if (keyValues.Count == 1 && key.Columns.Count == 1)
        {
            return new[] { keyValues.Values.Single() };
        }

        return key.Columns
            .Select(c => keyValues.First(pair => Same(pair.Key, c)).Value)
            .ToArray();
    }

    /// <summary>Another row with the same non-null values in every column of <paramref name="key"/>; keys with an empty column are not enforced.</summary>
    private static Entity? FindClash(AlternateKey key, Entity row, IEnumerable<Entity> rows)
    {
        var values = key.Columns.Select(c => row.Attributes.TryGetValue(c, out var v) ? v : null).ToArray();
        if (values.Any(v => v is null))
        {
            return null;
        }

        return rows.FirstOrDefault(other => other.Id != row.Id
            && key.Columns.Select((c, i) => ValueComparer.AreEqual(other.Attributes.TryGetValue(c, out var v) ? v : null, values[i])).All(x => x));
    }

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
