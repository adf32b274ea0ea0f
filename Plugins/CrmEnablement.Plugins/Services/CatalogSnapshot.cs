using System;
using System.Collections.Generic;
using CrmEnablement.Engine.Ranking;

namespace CrmEnablement.Plugins.Services;

/// <summary>A built catalogue index with the row ids behind its engine ids. Immutable; shared across threads.</summary>
public sealed class CatalogSnapshot
{
    /// <summary>Creates a snapshot.</summary>
    public CatalogSnapshot(CatalogIndex index, IReadOnlyDictionary<string, Guid> rowIds, long version, string? settingsJson, DateTime loadedOn)
    {
        Index = index;
        Ranker = new Ranker(index);
        RowIds = rowIds;
        EngineIds = new Dictionary<Guid, string>();
        foreach (var pair in rowIds)
        {
            ((Dictionary<Guid, string>)EngineIds)[pair.Value] = pair.Key;
        }

        Version = version;
        SettingsJson = settingsJson;
        LoadedOn = loadedOn;
    }

    public CatalogIndex Index { get; }
    public Ranker Ranker { get; }
    /// <summary>Engine id → <c>cen_enablementcontentid</c>.</summary>
    public IReadOnlyDictionary<string, Guid> RowIds { get; }
    /// <summary><c>cen_enablementcontentid</c> → engine id.</summary>
    public IReadOnlyDictionary<Guid, string> EngineIds { get; }
    public long Version { get; }
    public string? SettingsJson { get; }
    public DateTime LoadedOn { get; }
}
