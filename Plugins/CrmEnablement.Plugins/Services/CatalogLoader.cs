using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Settings;
using CrmEnablement.Engine.Vocabularies;
using CrmEnablement.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmEnablement.Plugins.Services;

/// <summary>
/// The cold path: reads every published content row and builds the catalogue index (as the system,
/// once per organization and version), and reads which of them a user can see (as that user).
/// </summary>
public static class CatalogLoader
{
    /// <summary>Rows per page: the platform's maximum.</summary>
    public const int PageSize = 5000;

    /// <summary>Loads and indexes the catalogue through <paramref name="service"/> (the system's).</summary>
    public static CatalogSnapshot Load(IOrganizationService service, EngineSettings settings, EnvironmentSnapshot environment, DateTime now)
    {
        var rows = ReadPublished(service, settings.Vocabularies);
        var rowIds = new Dictionary<string, Guid>(StringComparer.Ordinal);
        var engineIds = new Dictionary<Guid, string>();
        foreach (var row in rows)
        {
            var id = ContentMapper.EngineId(row);
            if (!rowIds.ContainsKey(id))
            {
                rowIds.Add(id, row.Id);
                engineIds.Add(row.Id, id);
            }
        }

        var items = rows.Where(row => engineIds.TryGetValue(row.Id, out var id) && rowIds[id] == row.Id)
            .Select(row => ContentMapper.ToItem(row, settings.Vocabularies, engineIds));
        return new CatalogSnapshot(CatalogIndex.Build(items, settings), rowIds, environment.CatalogVersion, environment.SettingsJson, now);
    }

    /// <summary>The ids of the published rows the user behind <paramref name="service"/> can read: ids only, page by page.</summary>
    public static IReadOnlyCollection<Guid> ReadableIds(IOrganizationService service, VocabularySet vocabularies) =>
        ReadPublished(service, vocabularies, new ColumnSet(false)).Select(row => row.Id).ToList();

    private static List<Entity> ReadPublished(IOrganizationService service, VocabularySet vocabularies) =>
        ReadPublished(service, vocabularies, new ColumnSet(ContentSchema.IndexColumns));

    private static List<Entity> ReadPublished(IOrganizationService service, VocabularySet vocabularies, ColumnSet columns)
    {
        vocabularies[Facet.Status].TryGetTerm(ContentStatusLabels.Published, out var published);
        var query = new QueryExpression(ContentSchema.Table)
        {
            ColumnSet = columns,
            PageInfo = new PagingInfo { Count = PageSize, PageNumber = 1 },
        };
        query.Criteria.AddCondition(ContentSchema.StatusCode, ConditionOperator.Equal, published.Value);
        query.AddOrder(ContentSchema.Id, OrderType.Ascending);
        var rows = new List<Entity>();
        while (true)
        {
            var page = service.RetrieveMultiple(query);
            rows.AddRange(page.Entities);
            if (!page.MoreRecords)
            {
                return rows;
            }

            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
    }
}
