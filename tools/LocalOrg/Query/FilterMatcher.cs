using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Query;

/// <summary>
/// Evaluates a (nested And/Or) filter against a row; conditions name their row by alias through
/// <c>resolve</c> (null alias = the filter's own table).
/// </summary>
internal sealed class FilterMatcher
{
    private readonly Guid _userId;

    internal FilterMatcher(Guid userId)
    {
        _userId = userId;
    }

    /// <param name="filter">The filter; null or empty matches everything.</param>
    /// <param name="resolve">Gives the row a condition's EntityName names (null name: the filter's own row); a null row means an outer join found nothing.</param>
    internal bool Matches(FilterExpression? filter, Func<string?, Entity?> resolve)
    {
        if (filter is null || (filter.Conditions.Count == 0 && filter.Filters.Count == 0))
        {
            return true;
        }

        var results = filter.Conditions.Select(c => Holds(c, resolve))
            .Concat(filter.Filters.Select(f => Matches(f, resolve)));
        return filter.FilterOperator == LogicalOperator.Or ? results.Any(r => r) : results.All(r => r);
    }

    private bool Holds(ConditionExpression condition, Func<string?, Entity?> resolve)
    {
        var row = resolve(string.IsNullOrEmpty(condition.EntityName) ? null : condition.EntityName);
        var stored = ValueOf(row, condition.AttributeName);
        var values = condition.CompareColumns
            ? condition.Values.Select(v => ValueOf(row, v as string)).ToList()
            : ConditionEvaluator.Flatten(condition.Values);
        return ConditionEvaluator.Holds(stored, condition, values, _userId);
    }

    private static object? ValueOf(Entity? row, string? column) =>
        row != null && column != null && row.Attributes.TryGetValue(column, out var value) ? value : null;
}
