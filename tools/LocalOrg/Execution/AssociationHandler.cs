using System;
using System.Linq;
using LocalOrg.Faults;
using LocalOrg.Pipeline;
using LocalOrg.Relationships;
using LocalOrg.Security;
using LocalOrg.Storage;
using LocalOrg.Values;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Execution;

/// <summary>
/// Associate and Disassociate ("Target", "Relationship", "RelatedEntities") over a defined
/// relationship: N:N adds or removes intersect rows (a second identical association is a duplicate
/// key fault); 1:N sets or clears the lookup. Needs AppendTo on the target and Append on each related row.
/// </summary>
internal sealed class AssociationHandler : IMessageHandler
{
    private const string RelationshipParameter = "Relationship";
    private const string RelatedParameter = "RelatedEntities";

    private readonly OrganizationCore _core;
    private readonly bool _associate;

    internal AssociationHandler(OrganizationCore core, bool associate)
    {
        _core = core;
        _associate = associate;
    }

    public void Prepare(Operation op)
    {
        var target = RequestReader.Require<EntityReference>(op, RequestReader.Target, _core.Faults);
        RequestReader.Require<Relationship>(op, RelationshipParameter, _core.Faults);
        RequestReader.Require<EntityReferenceCollection>(op, RelatedParameter, _core.Faults);
        target.Id = RequestReader.ResolveId(target.LogicalName, target.Id, null, target.KeyAttributes, _core);
        op.PrimaryEntityName = target.LogicalName;
        op.PrimaryEntityId = target.Id;
    }

    public void Execute(Operation op)
    {
        var relationship = (Relationship)op.InputParameters[RelationshipParameter];
        var definition = _core.Relationships.Find(relationship.SchemaName)
            ?? throw _core.Faults.Create(ErrorCodes.InvalidArgument, FaultMessages.UnknownRelationship, relationship.SchemaName);
        var target = RequestReader.Existing(op.PrimaryEntityName, op.PrimaryEntityId, _core);
        _core.Access.DemandRow(op.UserId, target, Privilege.AppendTo);
        foreach (var reference in (EntityReferenceCollection)op.InputParameters[RelatedParameter])
        {
            var id = RequestReader.ResolveId(reference.LogicalName, reference.Id, null, reference.KeyAttributes, _core);
            var related = RequestReader.Existing(reference.LogicalName, id, _core);
            _core.Access.DemandRow(op.UserId, related, Privilege.Append);
            if (definition.IsManyToMany)
            {
                Link(definition, target, related);
            }
            else
            {
                SetLookup(definition, target, related, op.UserId);
            }
        }
    }

    /// <summary>The stand-in declares no Associate/DisassociateResponse (see README), so a plain response.</summary>
    public OrganizationResponse CreateResponse() => new();

    private void Link(RelationshipDefinition definition, Entity target, Entity related)
    {
        var table = definition.IntersectTable!;
        var firstColumn = RowColumns.PrimaryIdOf(definition.ReferencedTable);
        var secondColumn = RowColumns.PrimaryIdOf(definition.ReferencingTable);
        var (first, second) = Same(target.LogicalName, definition.ReferencedTable) ? (target.Id, related.Id) : (related.Id, target.Id);
        var existing = _core.Store.Rows(table).FirstOrDefault(r => Equals(r[firstColumn], first) && Equals(r[secondColumn], second));
        if (_associate && existing != null)
        {
            throw _core.Faults.Create(ErrorCodes.DuplicateRecord, FaultMessages.DuplicateId);
        }

        if (_associate)
        {
            var id = _core.Ids.NewId();
            _core.Store.Insert(new Entity(table, id) { [RowColumns.PrimaryIdOf(table)] = id, [firstColumn] = first, [secondColumn] = second });
        }
        else if (existing != null)
        {
            _core.Store.Remove(table, existing.Id);
        }
    }

    private void SetLookup(RelationshipDefinition definition, Entity target, Entity related, Guid userId)
    {
        var (child, parent) = Same(target.LogicalName, definition.ReferencedTable) ? (related, target) : (target, related);
        var row = ValueCopier.CopyEntity(child);
        if (_associate)
        {
            row[definition.LookupColumn!] = new EntityReference(parent.LogicalName, parent.Id);
        }
        else
        {
            row.Attributes.Remove(definition.LookupColumn!);
        }

        row[RowColumns.ModifiedOn] = _core.Clock.UtcNow;
        row[RowColumns.ModifiedBy] = new EntityReference(RowColumns.SystemUserTable, userId);
        _core.Store.Replace(row);
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
