using LocalOrg.Pipeline;
using LocalOrg.Security;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Execution;

/// <summary>
/// Delete: removes the row the Target reference names (by id or alternate key). No cascades, except
/// that a connection takes its reciprocal with it (see <see cref="ReciprocalConnections"/>).
/// </summary>
internal sealed class DeleteHandler : IMessageHandler
{
    private readonly OrganizationCore _core;
    private readonly ReciprocalConnections _reciprocals;

    internal DeleteHandler(OrganizationCore core, ReciprocalConnections reciprocals)
    {
        _core = core;
        _reciprocals = reciprocals;
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
        _reciprocals.Delete(op, existing);
    }

    /// <summary>The stand-in declares no DeleteResponse (see README), so a plain response named Delete.</summary>
    public OrganizationResponse CreateResponse() => new();
}
