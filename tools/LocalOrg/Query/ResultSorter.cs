using System;
using System.Collections.Generic;
using System.Linq;
using LocalOrg.Values;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Query;

/// <summary>
/// Orders results: the query's own orders first, then each link's orders in link order; ties keep
/// creation order, so paging through an unordered query is stable.
/// </summary>
internal static class ResultSorter
{
    internal static List<JoinedRow> Sort(
        List<JoinedRow> rows,
        QueryExpression query,
        IEnumerable<(string Alias, LinkEntity Link)> links,
        Func<JoinedRow, string?, Entity?> resolve)
    {
        var orders = query.Orders.Select(o => (Alias: string.IsNullOrEmpty(o.EntityName) ? null : o.EntityName, Order: o))
            .Concat(links.SelectMany(l => l.Link.Orders.Select(o => (Alias: (string?)l.Alias, Order: o))))
            .ToList();
        if (orders.Count == 0)
        {
            return rows;
        }

        IOrderedEnumerable<JoinedRow>? sorted = null;
        foreach (var (alias, order) in orders)
        {
            Func<JoinedRow, object?> key = row => ValueOf(resolve(row, alias), order.AttributeName);
            var comparer = Comparer<object?>.Create(ValueComparer.CompareForSort);
            var descending = order.OrderType == OrderType.Descending;
            sorted = sorted is null
                ? (descending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer))
                : (descending ? sorted.ThenByDescending(key, comparer) : sorted.ThenBy(key, comparer));
        }

        return sorted!.ToList();
    }

    private static object? ValueOf(Entity? row, string column) =>
        row != null && row.Attributes.TryGetValue(column, out var value) ? value : null;
}
