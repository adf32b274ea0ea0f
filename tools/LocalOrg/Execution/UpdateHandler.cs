using System;
using System.Linq;
using LocalOrg.Pipeline;
using LocalOrg.Security;
using LocalOrg.Storage;
using LocalOrg.Values;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace LocalOrg.Execution;

/// <summary>
/// Update: the Target names its row by id or alternate key; its columns replace the stored ones (a
/// null clears one); the id, createdon and createdby cannot change; modifiedon/modifiedby are stamped.
/// A connection's ends, roles and state are carried to its reciprocal (see <see cref="ReciprocalConnections"/>).
/// </summary>
internal sealed class UpdateHandler : IMessageHandler
{
    private static readonly string[] Immutable = { RowColumns.CreatedOn, RowColumns.CreatedBy };

    private readonly OrganizationCore _core;
    private readonly WriteRules _rules;
    private readonly ReciprocalConnections _reciprocals;

    internal UpdateHandler(OrganizationCore core, WriteRules rules, ReciprocalConnections reciprocals)
    {
        _core = core;
        _rules = rules;
        _reciprocals = reciprocals;
    }

    public void Prepare(Operation op)
    {
        var target = RequestReader.Require<Entity>(op, RequestReader.Target, _core.Faults);
        target.Id = RequestReader.ResolveId(target.LogicalName, target.Id, target.Attributes, target.KeyAttributes, _core);
        op.PrimaryEntityName = target.LogicalName;
        op.PrimaryEntityId = target.Id;
    }

    public void Execute(Operation op)
    {
        var target = op.Target!;
        var existing = RequestReader.Existing(target.LogicalName, target.Id, _core);
        _core.Access.DemandRow(op.UserId, existing, Privilege.Write);
        _rules.ResolveKeyedLookups(target);

        var row = ValueCopier.CopyEntity(existing);
        var idColumn = RowColumns.PrimaryIdOf(row.LogicalName);
        foreach (var attribute in target.Attributes.Where(a => a.Key != idColumn && !Immutable.Contains(a.Key)))
        {
            if (attribute.Value is null)
            {
                row.Attributes.Remove(attribute.Key);
            }
            else
            {
                row.Attributes[attribute.Key] = ValueCopier.Copy(attribute.Value);
            }
        }

        row[RowColumns.ModifiedOn] = _core.Clock.UtcNow;
        row[RowColumns.ModifiedBy] = new EntityReference(RowColumns.SystemUserTable, op.UserId);
        _rules.DemandAppend(op.UserId, target, row);
        _core.Keys.EnsureUnique(row);
        _core.Store.Replace(row);
        _reciprocals.Update(op, existing, target);
    }

    public OrganizationResponse CreateResponse() => new UpdateResponse();
}
