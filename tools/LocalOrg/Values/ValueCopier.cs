using System;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Values;

/// <summary>
/// Deep copies of SDK values. The real service sits behind serialization, so nothing a caller
/// holds is ever the object the store holds; copying at every boundary gives the same guarantee.
/// </summary>
internal static class ValueCopier
{
    internal static object? Copy(object? value) => value switch
    {
        null => null,
        Entity entity => CopyEntity(entity),
        EntityReference reference => CopyReference(reference),
        OptionSetValue option => new OptionSetValue(option.Value),
        OptionSetValueCollection options => new OptionSetValueCollection(options.Select(o => new OptionSetValue(o.Value)).ToList()),
        Money money => new Money(money.Value),
        EntityCollection collection => CopyCollection(collection),
        EntityReferenceCollection references => new EntityReferenceCollection(references.Select(CopyReference).ToList()),
        AliasedValue aliased => new AliasedValue(aliased.EntityLogicalName, aliased.AttributeLogicalName, Copy(aliased.Value)),
        Relationship relationship => new Relationship(relationship.SchemaName) { PrimaryEntityRole = relationship.PrimaryEntityRole },
        DateTime date => ToUtc(date),
        byte[] bytes => bytes.ToArray(),
        _ => value,
    };

    internal static Entity CopyEntity(Entity source)
    {
        var copy = new Entity(source.LogicalName, source.Id)
        {
            EntityState = source.EntityState,
            RowVersion = source.RowVersion,
        };
        foreach (var attribute in source.Attributes)
        {
            copy.Attributes[attribute.Key] = Copy(attribute.Value);
        }

        foreach (var key in source.KeyAttributes)
        {
            copy.KeyAttributes[key.Key] = Copy(key.Value);
        }

        foreach (var formatted in source.FormattedValues)
        {
            copy.FormattedValues[formatted.Key] = formatted.Value;
        }

        return copy;
    }

    internal static EntityReference CopyReference(EntityReference source)
    {
        var copy = new EntityReference(source.LogicalName, source.Id) { Name = source.Name, RowVersion = source.RowVersion };
        foreach (var key in source.KeyAttributes)
        {
            copy.KeyAttributes[key.Key] = Copy(key.Value);
        }

        return copy;
    }

    /// <summary>
    /// Stored times are UTC: a local time is converted, an unspecified one is taken to be UTC
    /// already (what an SDK caller normally means; LocalOrg has no user time zones).
    /// </summary>
    internal static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    private static EntityCollection CopyCollection(EntityCollection source) =>
        new(source.Entities.Select(CopyEntity).ToList())
        {
            EntityName = source.EntityName,
            MoreRecords = source.MoreRecords,
            PagingCookie = source.PagingCookie,
            TotalRecordCount = source.TotalRecordCount,
            TotalRecordCountLimitExceeded = source.TotalRecordCountLimitExceeded,
            MinActiveRowVersion = source.MinActiveRowVersion,
        };
}
