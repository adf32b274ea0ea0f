using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace CrmEnablement.Plugins.Services;

/// <summary>The content rows one user can read, for one catalogue version. Safe to share across threads.</summary>
public sealed class ReadableContent
{
    private HiddenItems? _hidden;

    /// <summary>Creates the set.</summary>
    public ReadableContent(HashSet<Guid> rowIds, long version, DateTime loadedOn)
    {
        RowIds = rowIds;
        Version = version;
        LoadedOn = loadedOn;
    }

    /// <summary><c>cen_enablementcontentid</c> values the user can read.</summary>
    public HashSet<Guid> RowIds { get; }

    public long Version { get; }

    public DateTime LoadedOn { get; }

    /// <summary>
    /// The engine ids of <paramref name="snapshot"/>'s items this user cannot read (none, usually).
    /// Worked out once per catalogue and kept, so the warm path does not walk the catalogue.
    /// </summary>
    public IReadOnlyList<string> HiddenIn(CatalogSnapshot snapshot)
    {
        var known = Volatile.Read(ref _hidden);
        if (known is not null && ReferenceEquals(known.Snapshot, snapshot))
        {
            return known.Ids;
        }

        IReadOnlyList<string> ids = snapshot.RowIds.Where(pair => !RowIds.Contains(pair.Value)).Select(pair => pair.Key).ToList();
        Volatile.Write(ref _hidden, new HiddenItems(snapshot, ids));
        return ids;
    }

    /// <summary>What <see cref="HiddenIn"/> found for one catalogue.</summary>
    private sealed class HiddenItems
    {
        public HiddenItems(CatalogSnapshot snapshot, IReadOnlyList<string> ids)
        {
            Snapshot = snapshot;
            Ids = ids;
        }

        public CatalogSnapshot Snapshot { get; }

        public IReadOnlyList<string> Ids { get; }
    }
}
