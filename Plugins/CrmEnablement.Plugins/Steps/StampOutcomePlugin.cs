using System.Collections.Generic;
using CrmEnablement.Plugins.Dataverse;
using CrmEnablement.Plugins.Infrastructure;
using CrmEnablement.Plugins.Services;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmEnablement.Plugins.Steps;

/// <summary>
/// When an opportunity is closed as won or lost, stamps the outcome on its suggestions and
/// interactions. Registered on Create of the <c>opportunityclose</c> activity that Win and Lose
/// create, asynchronous: by the time it runs the deal's state says which of the two it was.
/// </summary>
public sealed class StampOutcomePlugin : PluginBase
{
    /// <summary>Create of opportunityclose, post-operation, asynchronous.</summary>
    public static readonly IReadOnlyList<StepRegistration> Steps = new[]
    {
        new StepRegistration
        {
            Message = MessageNames.Create, PrimaryEntity = OpportunityCloseSchema.Table, Stage = PipelineStage.PostOperation,
            Mode = ExecutionMode.Asynchronous, Description = "Credit used content with the deal's win or loss.",
        },
    };

    /// <inheritdoc />
    public override IReadOnlyList<StepRegistration> Registrations => Steps;

    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var opportunity = ClosedDeal(context.ExecutionContext);
        var service = context.ServiceFactory.CreateOrganizationService(null);
        var state = service.Retrieve(OpportunitySchema.Table, opportunity.Id, new ColumnSet(OpportunitySchema.StateCode))
            .GetAttributeValue<OptionSetValue>(OpportunitySchema.StateCode)?.Value;
        if (state != OpportunitySchema.WonState && state != OpportunitySchema.LostState)
        {
            // A close activity written by hand, or a deal reopened before this ran: nothing to credit.
            context.Trace(PluginTexts.DealNotClosed(opportunity.Id));
            return;
        }

        new OutcomeStamper(service).Stamp(opportunity.Id, state == OpportunitySchema.WonState ? DealOutcome.Won : DealOutcome.Lost);
    }

    /// <summary>The deal an opportunityclose Create names.</summary>
    /// <exception cref="InvalidPluginExecutionException">The close activity names no opportunity.</exception>
    internal static EntityReference ClosedDeal(IPluginExecutionContext execution) =>
        ContextRows.RequiredTarget(execution).GetAttributeValue<EntityReference>(OpportunityCloseSchema.Opportunity)
        ?? throw new InvalidPluginExecutionException(PluginTexts.MissingParameter(OpportunityCloseSchema.Opportunity));
}
