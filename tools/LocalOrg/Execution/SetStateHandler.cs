using LocalOrg.Pipeline;
using LocalOrg.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace LocalOrg.Execution;

/// <summary>
/// SetState ("EntityMoniker", "State", "Status"): an inner Update of statecode and statuscode, so
/// Update steps filtered on them run too, as on today's platform where SetState is processed as an Update.
/// </summary>
internal sealed class SetStateHandler : IMessageHandler
{
    private const string Moniker = "EntityMoniker";
    private const string State = "State";
    private const string Status = "Status";

    private readonly OrganizationCore _core;

    internal SetStateHandler(OrganizationCore core)
    {
        _core = core;
    }

    public void Prepare(Operation op)
    {
        var moniker = RequestReader.Require<EntityReference>(op, Moniker, _core.Faults);
        RequestReader.Require<OptionSetValue>(op, State, _core.Faults);
        RequestReader.Require<OptionSetValue>(op, Status, _core.Faults);
        moniker.Id = RequestReader.ResolveId(moniker.LogicalName, moniker.Id, null, moniker.KeyAttributes, _core);
        op.PrimaryEntityName = moniker.LogicalName;
        op.PrimaryEntityId = moniker.Id;
    }

    public void Execute(Operation op)
    {
        var target = new Entity(op.PrimaryEntityName, op.PrimaryEntityId)
        {
            [RowColumns.StateCode] = op.InputParameters[State],
            [RowColumns.StatusCode] = op.InputParameters[Status],
        };
        _core.Operations.Run(new UpdateRequest { Target = target }, op.InnerScope(_core.Contexts.ForMainOperation(op)));
    }

    /// <summary>The stand-in declares no SetStateResponse (see README), so a plain response named SetState.</summary>
    public OrganizationResponse CreateResponse() => new();
}
