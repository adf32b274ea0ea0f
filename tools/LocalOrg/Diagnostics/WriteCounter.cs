using System;
using System.Collections.Generic;

namespace LocalOrg.Diagnostics;

/// <summary>
/// Rows written by the organization's messages since the last <see cref="Reset"/>: what a test
/// reads to prove "a run that changes nothing writes nothing". Writes that a failed operation
/// rolled back are taken off again; rows added with <see cref="LocalOrganization.Seed"/> are not counted.
/// </summary>
public sealed class WriteCounter
{
    private readonly Dictionary<(string Table, WriteKind Kind), int> _counts = new();

    /// <summary>Rows created.</summary>
    public int Created { get; private set; }

    /// <summary>Rows updated (each Update of a row counts once, whatever it changed).</summary>
    public int Updated { get; private set; }

    /// <summary>Rows deleted.</summary>
    public int Deleted { get; private set; }

    /// <summary>Created + Updated + Deleted.</summary>
    public int Total => Created + Updated + Deleted;

    /// <summary>Rows created in one table.</summary>
    /// <param name="table">The table's logical name.</param>
    /// <returns>The count.</returns>
    public int CreatedIn(string table) => CountOf(table, WriteKind.Created);

    /// <summary>Rows updated in one table.</summary>
    /// <param name="table">The table's logical name.</param>
    /// <returns>The count.</returns>
    public int UpdatedIn(string table) => CountOf(table, WriteKind.Updated);

    /// <summary>Rows deleted from one table.</summary>
    /// <param name="table">The table's logical name.</param>
    /// <returns>The count.</returns>
    public int DeletedIn(string table) => CountOf(table, WriteKind.Deleted);

    /// <summary>Sets every count back to zero.</summary>
    public void Reset()
    {
        _counts.Clear();
        Created = Updated = Deleted = 0;
    }

    internal void Add(string table, WriteKind kind, int delta)
    {
        var key = (table.ToLowerInvariant(), kind);
        _counts[key] = CountOf(table, kind) + delta;
        switch (kind)
        {
            case WriteKind.Created:
                Created += delta;
                break;
            case WriteKind.Updated:
                Updated += delta;
                break;
            case WriteKind.Deleted:
                Deleted += delta;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }

    private int CountOf(string table, WriteKind kind) =>
        _counts.TryGetValue((table.ToLowerInvariant(), kind), out var count) ? count : 0;
}
