using LocalOrg.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Execution;

/// <summary>RetrieveMultiple: runs the Query for the calling user. Output "EntityCollection".</summary>
internal sealed class RetrieveMultipleHandler : IMessageHandler
{
    private const string QueryParameter = "Query";

    private readonly OrganizationCore _core;

    internal RetrieveMultipleHandler(OrganizationCore core)
    {
        _core = core;
    }

    public void Prepare(Operation op)
    {
        var query = RequestReader.Require<QueryBase>(op, QueryParameter, _core.Faults);
        op.PrimaryEntityName = query switch
        {
            QueryExpression expression => expression.EntityName,
            QueryByAttribute byAttribute => byAttribute.EntityName,
            _ => op.PrimaryEntityName,
        };
    }

    public void Execute(Operation op) =>
        op.OutputParameters["EntityCollection"] = _core.Queries.Run((QueryBase)op.InputParameters[QueryParameter], op.UserId);

    public OrganizationResponse CreateResponse() => new RetrieveMultipleResponse();
}
