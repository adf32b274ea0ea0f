using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LocalOrg.Values;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Query;

/// <summary>
/// Applies a query's links, depth first, as SQL joins: Inner keeps a row once per match,
/// LeftOuter keeps it with an empty link when nothing matches, Exists/In/Any keep it (once) when
/// something matches, NotAny when nothing does. Link criteria restrict the rows that may match
/// (an ON clause). Unaliased links are named as the platform names them: table name plus position.
/// </summary>
internal sealed class LinkJoiner
{
    private readonly Func<string, IReadOnlyList<Entity>> _readableRows;
    private readonly FilterMatcher _filters;
    private int _unaliased;

    internal LinkJoiner(Func<string, IReadOnlyList<Entity>> readableRows, FilterMatcher filters)
    {
        _readableRows = readableRows;
        _filters = filters;
    }

    /// <summary>Gets every link by alias, in the order they were joined.</summary>
    internal List<(string Alias, LinkEntity Link)> Aliases { get; } = new();

    internal List<JoinedRow> Join(IEnumerable<JoinedRow> rows, IEnumerable<LinkEntity> links, string? parentAlias)
    {
        var result = rows.ToList();
        foreach (var link in links)
        {
            result = JoinOne(result, link, parentAlias);
        }

        return result;
    }

    private List<JoinedRow> JoinOne(List<JoinedRow> rows, LinkEntity link, string? parentAlias)
    {
        var alias = string.IsNullOrEmpty(link.EntityAlias)
            ? link.LinkToEntityName + (++_unaliased).ToString(CultureInfo.InvariantCulture)
            : link.EntityAlias;
        Aliases.Add((alias, link));
        var candidates = _readableRows(link.LinkToEntityName)
            .Where(c => _filters.Matches(link.LinkCriteria, name => name is null || Same(name, alias) || Same(name, link.LinkToEntityName) ? c : null))
            .ToList();

        var joined = new List<JoinedRow>();
        foreach (var row in rows)
        {
            var from = parentAlias is null ? row.Root : row.Links[parentAlias];
            var fromValue = from != null && from.Attributes.TryGetValue(link.LinkFromAttributeName, out var v) ? v : null;
            var matches = fromValue is null
                ? new List<Entity>()
                : candidates.Where(c => c.Attributes.TryGetValue(link.LinkToAttributeName, out var to) && ValueComparer.AreEqual(fromValue, to)).ToList();
            joined.AddRange(Combine(row, alias, link.JoinOperator, matches));
        }

        return Join(joined, link.LinkEntities, alias);
    }

    private static IEnumerable<JoinedRow> Combine(JoinedRow row, string alias, JoinOperator join, List<Entity> matches) => join switch
    {
        JoinOperator.Inner => matches.Select(m => row.With(alias, m)),
        JoinOperator.LeftOuter => matches.Count == 0 ? new[] { row.With(alias, null) } : matches.Select(m => row.With(alias, m)),
        JoinOperator.Exists or JoinOperator.In or JoinOperator.Any => matches.Count > 0 ? new[] { row.With(alias, null) } : Array.Empty<JoinedRow>(),
        JoinOperator.NotAny => matches.Count == 0 ? new[] { row.With(alias, null) } : Array.Empty<JoinedRow>(),
        _ => throw QueryEngine.Unsupported("the join operator " + join),
    };

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
