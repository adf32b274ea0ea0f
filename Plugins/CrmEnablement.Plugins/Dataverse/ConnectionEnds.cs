using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Dataverse;

/// <summary>The opportunities a connection links, on either side: the platform keeps a reciprocal row, so the deal may be record1 or record2.</summary>
public static class ConnectionEnds
{
    /// <summary>The distinct opportunity ids that <paramref name="rows"/> (a Target or images; nulls skipped) link to.</summary>
    public static IReadOnlyList<Guid> Opportunities(params Entity?[] rows) =>
        rows.Where(row => row is not null)
            .SelectMany(row => new[] { row!.GetAttributeValue<EntityReference>(RelatedSchema.Record1), row.GetAttributeValue<EntityReference>(RelatedSchema.Record2) })
            .Where(end => end is not null && end.Id != Guid.Empty && string.Equals(end.LogicalName, OpportunitySchema.Table, StringComparison.OrdinalIgnoreCase))
            .Select(end => end!.Id)
            .Distinct()
            .ToArray();
}
