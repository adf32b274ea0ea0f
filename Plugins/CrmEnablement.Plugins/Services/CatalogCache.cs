using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Plugins.Dataverse;

namespace CrmEnablement.Plugins.Services;

/// <summary>
/// Built catalogues, kept between executions, and what each user may read of them.
/// <list type="bullet">
/// <item>The catalogue (every published row, read as the system and indexed) is keyed by organization
/// alone and used while the catalogue version and the settings it was built from are unchanged and
/// it is younger than <see cref="MaxAge"/> (rep feedback moves counters without bumping the version).</item>
/// <item>The ids of the published rows a user can read are kept per organization and user for the
/// same version and age: security roles decide what each rep sees, and the ranking leaves out the
/// rest. A set of ids costs a fraction of a catalogue, so every rep shares one index.</item>
/// </list>
/// Entries are immutable, so concurrent executions can share them safely.
/// </summary>
public static class CatalogCache
{
    /// <summary>How long an entry is trusted without a version change.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    /// <summary>The most catalogues kept (one per organization); the oldest goes first.</summary>
    public const int Capacity = 16;

    /// <summary>The most users' readable sets kept; the oldest goes first.</summary>
    public const int ReadableCapacity = 1024;

    private static readonly ConcurrentDictionary<Guid, CatalogSnapshot> Catalogs = new();
    private static readonly ConcurrentDictionary<string, ReadableContent> Readable = new(StringComparer.Ordinal);

    /// <summary>The cached catalogue of this organization, or a fresh one from <paramref name="load"/>.</summary>
    public static CatalogSnapshot Get(Guid organizationId, EnvironmentSnapshot environment, DateTime now, Func<CatalogSnapshot> load)
    {
        if (Catalogs.TryGetValue(organizationId, out var cached)
            && cached.Version == environment.CatalogVersion
            && cached.SettingsJson == environment.SettingsJson
            && Fresh(cached.LoadedOn, now))
        {
            return cached;
        }

        var fresh = load();
        Catalogs[organizationId] = fresh;
        Trim(Catalogs, Capacity, organizationId, entry => entry.LoadedOn);
        return fresh;
    }

    /// <summary>
    /// The ids of the content rows <paramref name="userId"/> can read in catalogue version
    /// <paramref name="version"/>, cached, or fresh from <paramref name="load"/>.
    /// </summary>
    public static ReadableContent ReadableBy(Guid organizationId, Guid userId, long version, DateTime now, Func<IReadOnlyCollection<Guid>> load)
    {
        var key = organizationId.ToString("N") + "|" + userId.ToString("N");
        if (Readable.TryGetValue(key, out var cached) && cached.Version == version && Fresh(cached.LoadedOn, now))
        {
            return cached;
        }

        var fresh = new ReadableContent(new HashSet<Guid>(load()), version, now);
        Readable[key] = fresh;
        Trim(Readable, ReadableCapacity, key, entry => entry.LoadedOn);
        return fresh;
    }

    /// <summary>Forgets every entry (the sandbox does this when it reloads its data).</summary>
    public static void Clear()
    {
        Catalogs.Clear();
        Readable.Clear();
    }

    private static bool Fresh(DateTime loadedOn, DateTime now) => now - loadedOn < MaxAge && now >= loadedOn;

    // Drops the oldest entries beyond the capacity, never the one just stored (its load time may
    // equal others', e.g. under one clock in tests).
    private static void Trim<TKey, TValue>(ConcurrentDictionary<TKey, TValue> entries, int capacity, TKey justStored, Func<TValue, DateTime> loadedOn)
        where TKey : notnull
    {
        while (entries.Count > capacity)
        {
            var oldest = entries.Where(entry => !EqualityComparer<TKey>.Default.Equals(entry.Key, justStored))
                .OrderBy(entry => loadedOn(entry.Value)).First();
            entries.TryRemove(oldest.Key, out _);
        }
    }
}
