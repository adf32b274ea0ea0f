using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LocalOrg.Storage;
using LocalOrg.Values;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Query;

/// <summary>
/// Turns joined rows into the EntityCollection the platform returns: root columns per the column
/// set (the id always), link columns as AliasedValue under "alias.column", then Distinct, TopCount
/// and paging (5,000 rows a page when the query names no page size, as the platform does).
/// </summary>
internal static class ResultShaper
{
    /// <summary>The page size the platform uses when a query sets none.</summary>
    internal const int DefaultPageSize = 5000;

    internal static List<Entity> Project(IEnumerable<JoinedRow> rows, QueryExpression query, IReadOnlyList<(string Alias, LinkEntity Link)> links)
    {
        var projected = rows.Select(row => ProjectOne(row, query.ColumnSet ?? new ColumnSet(), links)).ToList();
        return query.Distinct ? projected.DistinctBy(Signature).ToList() : projected;
    }

    internal static EntityCollection Page(List<Entity> rows, QueryExpression query)
    {
        var paging = query.PageInfo ?? new PagingInfo();
        var pageSize = query.TopCount ?? (paging.Count > 0 ? paging.Count : DefaultPageSize);
        var page = query.TopCount.HasValue ? 1 : Math.Max(paging.PageNumber, 1);
        var slice = rows.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var result = new EntityCollection(slice)
        {
            EntityName = query.EntityName,
            MoreRecords = !query.TopCount.HasValue && rows.Count > page * pageSize,
            TotalRecordCount = paging.ReturnTotalRecordCount ? rows.Count : -1,
        };
        if (slice.Count > 0 && !query.TopCount.HasValue)
        {
            result.PagingCookie = string.Format(
                CultureInfo.InvariantCulture,
                "<cookie page=\"{0}\"><{1} last=\"{{{2}}}\" first=\"{{{3}}}\" /></cookie>",
                page,
                RowColumns.PrimaryIdOf(query.EntityName),
                slice[^1].Id.ToString().ToUpperInvariant(),
                slice[0].Id.ToString().ToUpperInvariant());
        }

        return result;
    }

    private static Entity ProjectOne(JoinedRow row, ColumnSet columns, IReadOnlyList<(string Alias, LinkEntity Link)> links)
    {
        var entity = RowProjector.Project(row.Root, columns);
        foreach (var (alias, link) in links)
        {
            if (!row.Links.TryGetValue(alias, out var linked) || linked is null || link.Columns is null)
            {
                continue;
            }

            var names = link.Columns.AllColumns ? linked.Attributes.Keys.ToList() : link.Columns.Columns.ToList();
            foreach (var name in names.Where(linked.Attributes.ContainsKey))
            {
                entity.Attributes[alias + "." + name] = new AliasedValue(link.LinkToEntityName, name, ValueCopier.Copy(linked.Attributes[name]));
            }
        }

        return entity;
    }

    private static string Signature(Entity entity) =>
        string.Join("|", entity.Attributes.Where(a => a.Key != RowColumns.PrimaryIdOf(entity.LogicalName)).OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + Format(ValueComparer.Normalize(a.Value))));

    private static string Format(object? value) => value switch
    {
        null => string.Empty,
        int[] set => string.Join(",", set),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
