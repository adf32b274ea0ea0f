using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CrmEnablement.Cli.Dataverse;

namespace CrmEnablement.Cli.Tests.TestSupport.FakeDataverse;

/// <summary>
/// The fake's <c>cen_enablementcontent</c> table: rows by GUID with a case-insensitive alternate
/// key on <c>cen_externalid</c>, checked the way Dataverse checks an upsert's body.
/// </summary>
internal sealed class FakeContentStore
{
    private static readonly HashSet<string> MultiSelect = new(StringComparer.Ordinal)
    {
        ContentColumns.Industries, ContentColumns.BuyerRoles, ContentColumns.JourneyPhases, ContentColumns.SalesStages, ContentColumns.Challenges,
    };

    private readonly Dictionary<string, JsonObject> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<JsonObject> _withoutKey = new();

    /// <summary>Everything the store does happens under this lock; a change set holds it throughout.</summary>
    public object Gate { get; } = new();

    /// <summary>Rows created by upserts.</summary>
    public int Created { get; private set; }

    /// <summary>Upserts that found an existing row.</summary>
    public int Updated { get; private set; }

    /// <summary>Rows in the table.</summary>
    public int Count
    {
        get
        {
            lock (Gate)
            {
                return _byKey.Count;
            }
        }
    }

    /// <summary>A copy of the row with <paramref name="externalId"/>, or null.</summary>
    public JsonObject? Row(string externalId)
    {
        lock (Gate)
        {
            return _byKey.TryGetValue(externalId, out var row) ? (JsonObject)row.DeepClone() : null;
        }
    }

    /// <summary>The external ids in the table, sorted.</summary>
    public IReadOnlyList<string> Keys()
    {
        lock (Gate)
        {
            return _byKey.Keys.OrderBy(key => key, StringComparer.Ordinal).ToArray();
        }
    }

    /// <summary>
    /// Stores <paramref name="row"/> as given, as if made or changed in the app: it may lack
    /// <c>cen_externalid</c> (the column was optional) or hold option values no vocabulary knows.
    /// A row with the key replaces the row with that key; the primary id is made up when missing.
    /// </summary>
    public void Put(JsonObject row)
    {
        var copy = (JsonObject)row.DeepClone();
        lock (Gate)
        {
            copy[ContentColumns.PrimaryId] ??= Guid.NewGuid().ToString();
            if (copy[ContentColumns.ExternalId]?.GetValue<string>() is { } key)
            {
                _byKey[key] = copy;
            }
            else
            {
                _withoutKey.Add(copy);
            }
        }
    }

    /// <summary>The row's state before a change, to put back if its change set fails; the caller holds <see cref="Gate"/>.</summary>
    public (string Key, JsonObject? Row, int Created, int Updated) Capture(string key) =>
        (key, _byKey.TryGetValue(key, out var row) ? (JsonObject)row.DeepClone() : null, Created, Updated);

    /// <summary>Puts captured rows back, newest first; the caller holds <see cref="Gate"/>.</summary>
    public void Undo(IEnumerable<(string Key, JsonObject? Row, int Created, int Updated)> captured)
    {
        foreach (var (key, row, created, updated) in captured.Reverse())
        {
            if (row is null)
            {
                _byKey.Remove(key);
            }
            else
            {
                _byKey[key] = row;
            }

            (Created, Updated) = (created, updated);
        }
    }

    /// <summary>Upsert by alternate key; the caller holds <see cref="Gate"/>.</summary>
    public FakeResponse Upsert(string externalId, JsonObject body, bool ifMatch, string entityIdBase)
    {
        var exists = _byKey.TryGetValue(externalId, out var row);
        if (ifMatch && !exists)
        {
            return FakeResponse.Error(404, "Not Found", "0x80040217", $"A record with the specified key values does not exist in {ContentColumns.Table} entity");
        }

        var changes = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (name, value) in body)
        {
            if (name == ContentColumns.RelatedTrainingNavigation + "@odata.bind")
            {
                if (value is null)
                {
                    changes[ContentColumns.RelatedTraining] = null;
                    continue;
                }

                var target = KeyOf(value.GetValue<string>());
                if (target is null || !_byKey.TryGetValue(target, out var targetRow))
                {
                    return FakeResponse.Error(404, "Not Found", "0x80060891", $"A record with the specified key values does not exist in {ContentColumns.Table} entity");
                }

                changes[ContentColumns.RelatedTraining] = targetRow[ContentColumns.PrimaryId]!.GetValue<string>();
                continue;
            }

            if (!ContentColumns.Selected.Contains(name) || name == ContentColumns.ExternalId)
            {
                return FakeResponse.Error(400, "Bad Request", "0x80060888", $"The property '{name}' does not exist on type 'Microsoft.Dynamics.CRM.{ContentColumns.Table}'.");
            }

            if (MultiSelect.Contains(name) && value is not null && !IsOptionList(value))
            {
                return FakeResponse.Error(400, "Bad Request", "0x80048d19", $"Invalid value for multi-select column {name}; expected comma-separated option values.");
            }

            changes[name] = value?.DeepClone();
        }

        var state = changes.TryGetValue(ContentColumns.StateCode, out var s) ? s?.GetValue<int>() : row?[ContentColumns.StateCode]?.GetValue<int>();
        var status = changes.TryGetValue(ContentColumns.StatusCode, out var c) ? c?.GetValue<int>() : row?[ContentColumns.StatusCode]?.GetValue<int>();
        if (status is not null && (state ?? 0) == 0 == (status == 2))
        {
            return FakeResponse.Error(400, "Bad Request", "0x8004431a", $"{status} is not a valid status code for state code {state ?? 0}.");
        }

        if (row is null)
        {
            row = new JsonObject { [ContentColumns.PrimaryId] = Guid.NewGuid().ToString(), [ContentColumns.ExternalId] = externalId };
            _byKey[externalId] = row;
            Created++;
        }
        else
        {
            Updated++;
        }

        foreach (var (name, value) in changes)
        {
            row[name] = MultiSelect.Contains(name) && value is not null ? string.Join(",", value.GetValue<string>().Split(',').Select(part => part.Trim())) : value;
        }

        return FakeResponse.NoContent($"{entityIdBase}{ContentColumns.EntitySet}({row[ContentColumns.PrimaryId]})");
    }

    /// <summary>The rows a query selects, as the Web API shapes them; the caller holds <see cref="Gate"/>.</summary>
    public List<JsonObject> Select(ISet<string>? externalIds, IReadOnlyList<string> columns, bool expandRelated)
    {
        var byId = expandRelated ? _byKey.Values.Concat(_withoutKey).ToDictionary(row => row[ContentColumns.PrimaryId]!.GetValue<string>()) : null;
        // Rows without the key match no filter on it and, like nulls in Dataverse's ascending order, come first.
        return _withoutKey.Where(_ => externalIds is null)
            .Concat(_byKey.Values
                .Where(row => externalIds is null || externalIds.Contains(row[ContentColumns.ExternalId]!.GetValue<string>()))
                .OrderBy(row => row[ContentColumns.ExternalId]!.GetValue<string>(), StringComparer.Ordinal))
            .Select(row =>
            {
                var shaped = new JsonObject { ["@odata.etag"] = "W/\"1\"", [ContentColumns.PrimaryId] = row[ContentColumns.PrimaryId]!.DeepClone() };
                foreach (var column in columns)
                {
                    shaped[column] = row[column]?.DeepClone();
                }

                if (expandRelated)
                {
                    var related = row[ContentColumns.RelatedTraining]?.GetValue<string>();
                    shaped[ContentColumns.RelatedTrainingNavigation] = related is null ? null : new JsonObject
                    {
                        [ContentColumns.ExternalId] = byId![related][ContentColumns.ExternalId]?.DeepClone(),
                        [ContentColumns.PrimaryId] = related,
                    };
                }

                return shaped;
            })
            .ToList();
    }

    /// <summary>The external id in <c>/cen_enablementcontents(cen_externalid='…')</c> or a bare key path.</summary>
    public static string? KeyOf(string path)
    {
        var prefix = ContentColumns.EntitySet + "(" + ContentColumns.ExternalId + "='";
        var start = path.IndexOf(prefix, StringComparison.Ordinal);
        if (start < 0 || !path.EndsWith("')", StringComparison.Ordinal))
        {
            return null;
        }

        var literal = path.Substring(start + prefix.Length, path.Length - start - prefix.Length - 2);
        return Uri.UnescapeDataString(literal).Replace("''", "'");
    }

    private static bool IsOptionList(JsonNode value) =>
        value.GetValueKind() == System.Text.Json.JsonValueKind.String
        && value.GetValue<string>().Split(',').All(part => int.TryParse(part.Trim(), out _));
}
