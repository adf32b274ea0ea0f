using System;
using LocalOrg.Faults;
using LocalOrg.Pipeline;
using LocalOrg.Storage;
using LocalOrg.Values;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace LocalOrg.Execution;

/// <summary>
/// Create: stores a copy of the Target (as the pre-stages left it) with its id, owner (the calling
/// user unless given), createdon/modifiedon from the clock, created/modified by, and statecode 0 /
/// statuscode 1 unless given. Empty columns are not stored. Output "id". A connection also gets its
/// reciprocal (see <see cref="ReciprocalConnections"/>).
/// </summary>
internal sealed class CreateHandler : IMessageHandler
{
    private readonly OrganizationCore _core;
    private readonly WriteRules _rules;
    private readonly ReciprocalConnections _reciprocals;

    internal CreateHandler(OrganizationCore core, WriteRules rules, ReciprocalConnections reciprocals)
    {
        _core = core;
        _rules = rules;
        _reciprocals = reciprocals;
    }

    public void Prepare(Operation op)
    {
        var target = RequestReader.Require<Entity>(op, RequestReader.Target, _core.Faults);
        op.PrimaryEntityName = target.LogicalName;
        op.PrimaryEntityId = target.Id;
    }

    public void Execute(Operation op)
    {
        var target = op.Target!;
        var table = target.LogicalName;
        var idColumn = RowColumns.PrimaryIdOf(table);
        var id = target.Id != Guid.Empty ? target.Id
            : target.Attributes.TryGetValue(idColumn, out var given) && given is Guid givenId && givenId != Guid.Empty ? givenId
            : _core.Ids.NewId();
        if (_core.Store.Find(table, id) != null)
        {
            throw _core.Faults.Create(ErrorCodes.DuplicateRecord, FaultMessages.DuplicateId);
        }

        _rules.ResolveKeyedLookups(target);
        var row = new Entity(table, id);
        foreach (var attribute in target.Attributes)
        {
            if (attribute.Value != null)
            {
                row.Attributes[attribute.Key] = ValueCopier.Copy(attribute.Value);
            }
        }

        var now = _core.Clock.UtcNow;
        var user = new EntityReference(RowColumns.SystemUserTable, op.UserId);
        row[idColumn] = id;
        row[RowColumns.CreatedOn] = now;
        row[RowColumns.ModifiedOn] = now;
        row[RowColumns.CreatedBy] = user;
        row[RowColumns.ModifiedBy] = ValueCopier.CopyReference(user);
        SetDefault(row, RowColumns.OwnerId, ValueCopier.CopyReference(user));
        SetDefault(row, RowColumns.StateCode, new OptionSetValue(0));
        SetDefault(row, RowColumns.StatusCode, new OptionSetValue(1));
        var reciprocalId = _reciprocals.Link(op, row);

        _core.Access.DemandCreate(op.UserId, row);
        _rules.DemandAppend(op.UserId, target, row);
        _core.Keys.EnsureUnique(row);
        _core.Store.Insert(row);
        target.Id = id;
        op.PrimaryEntityId = id;
        op.OutputParameters["id"] = id;
        if (reciprocalId is Guid reciprocal)
        {
            _reciprocals.Create(op, row, reciprocal);
        }
    }

    public OrganizationResponse CreateResponse() => new CreateResponse();

    private static void SetDefault(Entity row, string column, object value)
    {
        if (!row.Attributes.ContainsKey(column))
        {
            row[column] = value;
        }
    }
}
