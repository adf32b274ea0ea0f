using System;
using System.Collections.Concurrent;
using System.Linq;
using CrmEnablement.Plugins.Dataverse;

namespace CrmEnablement.Plugins.Services;

/// <summary>
/// Built catalogues, kept between executions. Keyed by organization and user, because content is
/// read as the calling user and security roles decide what each rep may see. An entry is used
/// only while the catalogue version and the settings it was built from are unchanged and it is
/// younger than <see cref="MaxAge"/> (rep feedback moves counters without bumping the version).
/// Snapshots are immutable, so concurrent executions can share them safely.
/// </summary>
public static class CatalogCache
{
    /// <summary>How long an entry is trusted without a version change.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    /// <summary>The most entries kept; the oldest goes first.</summary>
    public const int Capacity = 64;

    private static readonly ConcurrentDictionary<string, CatalogSnapshot> Entries = new(StringComparer.Ordinal);

    /// <summary>The cached snapshot for this organization and user, or a fresh one from <paramref name="load"/>.</summary>
    public static CatalogSnapshot Get(Guid organizationId, Guid userId, EnvironmentSnapshot environment, DateTime now, Func<CatalogSnapshot> load)
    {
        var key = organizationId.ToString("N") + "|" + userId.ToString("N");
        if (Entries.TryGetValue(key, out var cached)
            && cached.Version == environment.CatalogVersion
            && cached.SettingsJson == environment.SettingsJson
            && now - cached.LoadedOn < MaxAge
            && now >= cached.LoadedOn)
        {
            return cached;
        }

        var fresh = load();
        Entries[key] = fresh;
        Trim();
        return fresh;
    }

    /// <summary>Forgets every entry (the sandbox does this when it reloads its data).</summary>
    public static void Clear() => Entries.Clear();

    private static void Trim()
    {
        while (Entries.Count > Capacity)
        {
            var oldest = Entries.OrderBy(entry => entry.Value.LoadedOn).First();
            Entries.TryRemove(oldest.Key, out _);
        }
    }
}
