using LocalOrg.Pipeline;
using LocalOrg.Security;
using LocalOrg.Storage;
using LocalOrg.Values;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace LocalOrg.Execution;

/// <summary>
/// Win and Lose (requests WinOpportunity/LoseOpportunity, or Win/Lose): "OpportunityClose" (an
/// opportunityclose entity whose opportunityid names the deal) and "Status". Creates the
/// opportunityclose row and sets the opportunity to Won (1) or Lost (2) with that status, both as
/// inner messages, so their Create and Update steps run too.
/// </summary>
internal sealed class OpportunityCloseHandler : IMessageHandler
{
    private const string CloseParameter = "OpportunityClose";
    private const string StatusParameter = "Status";
    private const string Opportunity = "opportunity";
    private const string OpportunityId = "opportunityid";
    private const int Won = 1;
    private const int Lost = 2;

    private readonly OrganizationCore _core;
    private readonly bool _win;

    internal OpportunityCloseHandler(OrganizationCore core, bool win)
    {
        _core = core;
        _win = win;
    }

    public void Prepare(Operation op)
    {
        var close = RequestReader.Require<Entity>(op, CloseParameter, _core.Faults);
        RequestReader.Require<OptionSetValue>(op, StatusParameter, _core.Faults);
        var opportunity = close.GetAttributeValue<EntityReference>(OpportunityId)
            ?? throw _core.Faults.Create(Faults.ErrorCodes.InvalidArgument, Faults.FaultMessages.MissingParameter, OpportunityId, op.MessageName);
        opportunity.Id = RequestReader.ResolveId(Opportunity, opportunity.Id, null, opportunity.KeyAttributes, _core);
        op.PrimaryEntityName = Opportunity;
        op.PrimaryEntityId = opportunity.Id;
    }

    public void Execute(Operation op)
    {
        var deal = RequestReader.Existing(Opportunity, op.PrimaryEntityId, _core);
        _core.Access.DemandRow(op.UserId, deal, Privilege.Write);
        var scope = op.InnerScope(_core.Contexts.ForMainOperation(op));
        var close = ValueCopier.CopyEntity((Entity)op.InputParameters[CloseParameter]);
        _core.Operations.Run(new CreateRequest { Target = close }, scope);
        var update = new Entity(Opportunity, op.PrimaryEntityId)
        {
            [RowColumns.StateCode] = new OptionSetValue(_win ? Won : Lost),
            [RowColumns.StatusCode] = op.InputParameters[StatusParameter],
        };
        _core.Operations.Run(new UpdateRequest { Target = update }, scope);
    }

    /// <summary>The stand-in declares no Win/LoseOpportunityResponse, so a plain response.</summary>
    public OrganizationResponse CreateResponse() => new();
}
