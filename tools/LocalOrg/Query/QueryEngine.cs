using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LocalOrg.Faults;
using LocalOrg.Security;
using LocalOrg.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Query;

/// <summary>
/// Runs RetrieveMultiple for one user: readable rows only (links included), criteria, joins,
/// orders, distinct, top and paging, returning deep copies.
/// </summary>
internal sealed class QueryEngine
{
    private readonly RowStore _store;
    private readonly AccessChecker _access;
    private readonly FaultFactory _faults;

    internal QueryEngine(RowStore store, AccessChecker access, FaultFactory faults)
    {
        _store = store;
        _access = access;
        _faults = faults;
    }

    internal static NotSupportedException Unsupported(string what) =>
        new(string.Format(CultureInfo.InvariantCulture, FaultMessages.NotSupported, what));

    internal EntityCollection Run(QueryBase query, Guid userId)
    {
        var expression = query switch
        {
            QueryExpression q => q,
            QueryByAttribute q => QueryByAttributeConverter.Convert(q, _faults),
            _ => throw Unsupported((query?.GetType().Name ?? "a null query") + " (use QueryExpression or QueryByAttribute)"),
        };
        var paging = expression.PageInfo;
        if (expression.TopCount.HasValue && paging is { Count: > 0 })
        {
            throw _faults.Create(ErrorCodes.InvalidArgument, FaultMessages.TopCountWithPaging);
        }

        _access.Demand(userId, expression.EntityName, Privilege.Read);
        var filters = new FilterMatcher(userId);
        var joiner = new LinkJoiner(table => ReadableRows(table, userId), filters);
        var rows = joiner.Join(ReadableRows(expression.EntityName, userId).Select(r => new JoinedRow(r)), expression.LinkEntities, parentAlias: null);
        var aliases = joiner.Aliases.Select(a => a.Alias).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var matching = rows.Where(r => filters.Matches(expression.Criteria, name => Resolve(r, name, expression.EntityName, aliases))).ToList();
        var sorted = ResultSorter.Sort(matching, expression, joiner.Aliases, (r, name) => Resolve(r, name, expression.EntityName, aliases));
        var shaped = ResultShaper.Project(sorted, expression, joiner.Aliases);
        return ResultShaper.Page(shaped, expression);
    }

    private IReadOnlyList<Entity> ReadableRows(string table, Guid userId) =>
        _store.Rows(table).Where(row => _access.CanAccess(userId, row, Privilege.Read)).ToList();

    private Entity? Resolve(JoinedRow row, string? name, string rootTable, HashSet<string> aliases)
    {
        if (name is null || (!aliases.Contains(name) && string.Equals(name, rootTable, StringComparison.OrdinalIgnoreCase)))
        {
            return row.Root;
        }

        return row.Links.TryGetValue(name, out var linked)
            ? linked
            : throw _faults.Create(ErrorCodes.InvalidArgument, FaultMessages.UnknownAlias, name);
    }
}
