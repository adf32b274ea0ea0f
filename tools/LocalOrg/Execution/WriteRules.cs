using System;
using System.Linq;
using LocalOrg.Security;
using LocalOrg.Storage;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Execution;

/// <summary>
/// What every Create and Update does to the values it writes: lookups given by alternate key get
/// their id, and setting a lookup needs Append on the written row and AppendTo on the row it points
/// at (the system columns ownerid, createdby, modifiedby and a connection's relatedconnectionid excepted).
/// </summary>
internal sealed class WriteRules
{
    // relatedconnectionid is the platform's link between a connection and its reciprocal, never the caller's.
    private static readonly string[] SystemLookups = { RowColumns.OwnerId, RowColumns.CreatedBy, RowColumns.ModifiedBy, ConnectionColumns.Related };

    private readonly OrganizationCore _core;

    internal WriteRules(OrganizationCore core)
    {
        _core = core;
    }

    internal void ResolveKeyedLookups(Entity values)
    {
        foreach (var reference in values.Attributes.Values.OfType<EntityReference>())
        {
            if (reference.Id == Guid.Empty && reference.KeyAttributes.Count > 0)
            {
                reference.Id = _core.Keys.Resolve(reference.LogicalName, reference.KeyAttributes);
            }
        }
    }

    /// <param name="userId">The user writing.</param>
    /// <param name="changed">The values being written.</param>
    /// <param name="row">The row as it will be (for the row-level Append check).</param>
    internal void DemandAppend(Guid userId, Entity changed, Entity row)
    {
        var lookups = changed.Attributes
            .Where(a => a.Value is EntityReference && !SystemLookups.Contains(a.Key, StringComparer.OrdinalIgnoreCase))
            .Select(a => (EntityReference)a.Value)
            .ToList();
        if (lookups.Count == 0)
        {
            return;
        }

        _core.Access.DemandRow(userId, row, Privilege.Append);
        foreach (var lookup in lookups)
        {
            var referenced = _core.Store.Find(lookup.LogicalName, lookup.Id);
            if (referenced != null)
            {
                _core.Access.DemandRow(userId, referenced, Privilege.AppendTo);
            }
        }
    }
}
