using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Tests.TestSupport;

/// <summary>Reads a deal's suggestion rows as (content external id, status) for assertions.</summary>
internal static class SuggestionRows
{
    public static IReadOnlyDictionary<string, SuggestionStatus> Of(Org org, Guid opportunityId)
    {
        var externalIds = org.Local.Rows(ContentSchema.Table).ToDictionary(row => row.Id, row => row.GetAttributeValue<string>(ContentSchema.ExternalId));
        return org.RowsOf(SuggestionSchema.Table, SuggestionSchema.Opportunity, opportunityId)
            .ToDictionary(
                row => externalIds[row.GetAttributeValue<EntityReference>(SuggestionSchema.Content).Id],
                row => (SuggestionStatus)row.GetAttributeValue<OptionSetValue>(SuggestionSchema.Status).Value);
    }

    /// <summary>The external ids whose rows have <paramref name="status"/>, sorted.</summary>
    public static string[] With(this IReadOnlyDictionary<string, SuggestionStatus> rows, SuggestionStatus status) =>
        rows.Where(pair => pair.Value == status).Select(pair => pair.Key).OrderBy(id => id, StringComparer.Ordinal).ToArray();
}
