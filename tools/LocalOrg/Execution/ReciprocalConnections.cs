using System;
using System.Collections.Generic;
using LocalOrg.Pipeline;
using LocalOrg.Storage;
using LocalOrg.Values;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace LocalOrg.Execution;

/// <summary>
/// Keeps each connection and its reciprocal together, as the platform does: creating a connection
/// also creates the row seen from the other end (record1/record2 and their roles swapped), the two
/// pointing at each other through relatedconnectionid; an Update of the ends, roles or state of
/// either is carried to the other; deleting either deletes both. The reciprocal's Create, Update or
/// Delete is an inner message of the caller's one (same user and Depth, inside its main operation),
/// so its steps run and a failure anywhere rolls back both rows.
/// </summary>
internal sealed class ReciprocalConnections
{
    private static readonly HashSet<string> Maintained = new(StringComparer.OrdinalIgnoreCase)
    {
        ConnectionColumns.Related, ConnectionColumns.IsMaster, RowColumns.PrimaryIdOf(ConnectionColumns.Table),
        RowColumns.CreatedOn, RowColumns.CreatedBy, RowColumns.ModifiedOn, RowColumns.ModifiedBy,
    };

    private readonly OrganizationCore _core;

    // The reciprocal writes in progress, by request: they are never mirrored back.
    private readonly HashSet<OrganizationRequest> _mirrors = new(ReferenceEqualityComparer.Instance);

    internal ReciprocalConnections(OrganizationCore core)
    {
        _core = core;
    }

    /// <summary>
    /// Before a connection row is stored: a reciprocal is marked as such; the caller's row becomes the
    /// master and is linked to the reciprocal it will get, whose id is returned (null for other rows).
    /// </summary>
    internal Guid? Link(Operation op, Entity row)
    {
        if (!IsConnection(row.LogicalName))
        {
            return null;
        }

        if (IsMirror(op))
        {
            row[ConnectionColumns.IsMaster] = false;
            return null;
        }

        var reciprocalId = _core.Ids.NewId();
        row[ConnectionColumns.Related] = new EntityReference(ConnectionColumns.Table, reciprocalId);
        row[ConnectionColumns.IsMaster] = true;
        return reciprocalId;
    }

    /// <summary>After the master row is stored: creates its reciprocal with the ends and roles swapped.</summary>
    internal void Create(Operation op, Entity master, Guid reciprocalId)
    {
        var reciprocal = new Entity(ConnectionColumns.Table, reciprocalId);
        foreach (var attribute in master.Attributes)
        {
            if (!Maintained.Contains(attribute.Key))
            {
                var column = ConnectionColumns.Swapped.TryGetValue(attribute.Key, out var other) ? other : attribute.Key;
                reciprocal[column] = ValueCopier.Copy(attribute.Value);
            }
        }

        reciprocal[ConnectionColumns.Related] = new EntityReference(ConnectionColumns.Table, master.Id);
        reciprocal[ConnectionColumns.IsMaster] = false;
        RunInner(new CreateRequest { Target = reciprocal }, op);
    }

    /// <summary>After a connection row is updated: carries the ends, roles and state the Target changed to the reciprocal.</summary>
    internal void Update(Operation op, Entity before, Entity target)
    {
        if (!IsConnection(before.LogicalName) || IsMirror(op) || Partner(before) is not Guid partner)
        {
            return;
        }

        var mirror = new Entity(ConnectionColumns.Table, partner);
        foreach (var attribute in target.Attributes)
        {
            if (ConnectionColumns.Mirrored.TryGetValue(attribute.Key, out var column))
            {
                mirror[column] = ValueCopier.Copy(attribute.Value);
            }
        }

        if (mirror.Attributes.Count > 0)
        {
            RunInner(new UpdateRequest { Target = mirror }, op);
        }
    }

    /// <summary>After a connection row is deleted: deletes its reciprocal.</summary>
    internal void Delete(Operation op, Entity before)
    {
        if (IsConnection(before.LogicalName) && !IsMirror(op) && Partner(before) is Guid partner)
        {
            RunInner(new DeleteRequest { Target = new EntityReference(ConnectionColumns.Table, partner) }, op);
        }
    }

    private static bool IsConnection(string table) => MessageNames.Is(table, ConnectionColumns.Table);

    private bool IsMirror(Operation op) => _mirrors.Contains(op.Request);

    /// <summary>The reciprocal that still exists (a seeded row may have none).</summary>
    private Guid? Partner(Entity row) =>
        row.GetAttributeValue<EntityReference>(ConnectionColumns.Related) is { } related
            && related.Id != row.Id
            && _core.Store.Find(ConnectionColumns.Table, related.Id) != null
            ? related.Id
            : null;

    private void RunInner(OrganizationRequest request, Operation op)
    {
        _mirrors.Add(request);
        try
        {
            _core.Operations.Run(request, op.InnerScope(_core.Contexts.ForMainOperation(op)));
        }
        finally
        {
            _mirrors.Remove(request);
        }
    }
}
