using System;
using LocalOrg.Pipeline;
using LocalOrg.Values;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace LocalOrg.Execution;

/// <summary>
/// Upsert: finds the row by the Target's key attributes (or id) and runs an inner Update of it, or
/// else an inner Create with the key values as columns; the inner message's own steps run, at the
/// same Depth, as on the platform. Outputs "RecordCreated" and "Target".
/// </summary>
internal sealed class UpsertHandler : IMessageHandler
{
    private readonly OrganizationCore _core;

    internal UpsertHandler(OrganizationCore core)
    {
        _core = core;
    }

    public void Prepare(Operation op)
    {
        var target = RequestReader.Require<Entity>(op, RequestReader.Target, _core.Faults);
        op.PrimaryEntityName = target.LogicalName;
        op.PrimaryEntityId = FindExisting(target) ?? target.Id;
    }

    public void Execute(Operation op)
    {
        var target = op.Target!;
        var inner = ValueCopier.CopyEntity(target);
        inner.KeyAttributes = new KeyAttributeCollection();
        var scope = op.InnerScope(_core.Contexts.ForMainOperation(op));
        var existing = FindExisting(target);
        Guid id;
        if (existing is Guid found)
        {
            inner.Id = found;
            _core.Operations.Run(new UpdateRequest { Target = inner }, scope);
            id = found;
        }
        else
        {
            if (target.KeyAttributes.Count > 0)
            {
                foreach (var column in _core.Keys.ColumnValues(target.LogicalName, target.KeyAttributes))
                {
                    if (!inner.Attributes.ContainsKey(column.Key))
                    {
                        inner[column.Key] = ValueCopier.Copy(column.Value);
                    }
                }
            }

            var created = _core.Operations.Run(new CreateRequest { Target = inner }, scope);
            id = (Guid)created.Results["id"];
        }

        op.PrimaryEntityId = id;
        op.OutputParameters["RecordCreated"] = existing is null;
        op.OutputParameters["Target"] = new EntityReference(target.LogicalName, id);
    }

    public OrganizationResponse CreateResponse() => new UpsertResponse();

    private Guid? FindExisting(Entity target)
    {
        if (target.KeyAttributes.Count > 0)
        {
            return _core.Keys.Find(target.LogicalName, target.KeyAttributes);
        }

        return target.Id != Guid.Empty && _core.Store.Find(target.LogicalName, target.Id) != null ? target.Id : null;
    }
}
