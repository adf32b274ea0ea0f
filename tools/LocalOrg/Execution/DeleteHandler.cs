using LocalOrg.Pipeline;
using LocalOrg.Security;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Execution;

/// <summary>Delete: removes the row the Target reference names (by id or alternate key). No cascades.</summary>
internal sealed class DeleteHandler : IMessageHandler
{
    private readonly OrganizationCore _core;

    internal DeleteHandler(OrganizationCore core)
    {
        _core = core;
    }

    public void Prepare(Operation op)
    {
        var target = RequestReader.Require<EntityReference>(op, RequestReader.Target, _core.Faults);
        target.Id = RequestReader.ResolveId(target.LogicalName, target.Id, null, target.KeyAttributes, _core);
        op.PrimaryEntityName = target.LogicalName;
        op.PrimaryEntityId = target.Id;
    }

    public void Execute(Operation op)
    {
        var existing = RequestReader.Existing(op.PrimaryEntityName, op.PrimaryEntityId, _core);
        _core.Access.DemandRow(op.UserId, existing, Privilege.Delete);
        _core.Store.Remove(op.PrimaryEntityName, op.PrimaryEntityId);
    }

    /// <summary>The stand-in declares no DeleteResponse (see README), so a plain response named Delete.</summary>
    public OrganizationResponse CreateResponse() => new();
}
