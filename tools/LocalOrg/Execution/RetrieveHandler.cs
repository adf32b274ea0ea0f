using LocalOrg.Pipeline;
using LocalOrg.Security;
using LocalOrg.Values;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Execution;

/// <summary>Retrieve: a copy of one readable row, cut to the ColumnSet (the id always included). Output "Entity".</summary>
internal sealed class RetrieveHandler : IMessageHandler
{
    private const string ColumnSetParameter = "ColumnSet";

    private readonly OrganizationCore _core;

    internal RetrieveHandler(OrganizationCore core)
    {
        _core = core;
    }

    public void Prepare(Operation op)
    {
        var target = RequestReader.Require<EntityReference>(op, RequestReader.Target, _core.Faults);
        RequestReader.Require<ColumnSet>(op, ColumnSetParameter, _core.Faults);
        target.Id = RequestReader.ResolveId(target.LogicalName, target.Id, null, target.KeyAttributes, _core);
        op.PrimaryEntityName = target.LogicalName;
        op.PrimaryEntityId = target.Id;
    }

    public void Execute(Operation op)
    {
        var row = RequestReader.Existing(op.PrimaryEntityName, op.PrimaryEntityId, _core);
        _core.Access.DemandRow(op.UserId, row, Privilege.Read);
        op.OutputParameters["Entity"] = RowProjector.Project(row, (ColumnSet)op.InputParameters[ColumnSetParameter]);
    }

    public OrganizationResponse CreateResponse() => new RetrieveResponse();
}
