using System.Collections.Generic;
using CrmEnablement.Plugins.Dataverse;
using CrmEnablement.Plugins.Infrastructure;
using CrmEnablement.Plugins.Services;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Steps;

/// <summary>When an opportunity is closed as won or lost, stamps the outcome on its suggestions and interactions.</summary>
public sealed class StampOutcomePlugin : PluginBase
{
    /// <summary>The Win and Lose messages' input: the opportunity close activity.</summary>
    public const string OpportunityCloseParameter = "OpportunityClose";

    /// <summary>Win and Lose of opportunity, post-operation, asynchronous.</summary>
    public static readonly IReadOnlyList<StepRegistration> Steps = new[]
    {
        new StepRegistration
        {
            Message = MessageNames.Win, PrimaryEntity = OpportunitySchema.Table, Stage = PipelineStage.PostOperation,
            Mode = ExecutionMode.Asynchronous, Description = "Credit used content with the win.",
        },
        new StepRegistration
        {
            Message = MessageNames.Lose, PrimaryEntity = OpportunitySchema.Table, Stage = PipelineStage.PostOperation,
            Mode = ExecutionMode.Asynchronous, Description = "Record the loss against used content.",
        },
    };

    /// <inheritdoc />
    public override IReadOnlyList<StepRegistration> Registrations => Steps;

    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var close = execution.InputParameters.Contains(OpportunityCloseParameter) ? execution.InputParameters[OpportunityCloseParameter] as Entity : null;
        var opportunity = close?.GetAttributeValue<EntityReference>(OpportunitySchema.Id)
            ?? throw new InvalidPluginExecutionException(PluginTexts.MissingParameter(OpportunityCloseParameter));
        var outcome = execution.MessageName == MessageNames.Win ? DealOutcome.Won : DealOutcome.Lost;
        new OutcomeStamper(context.ServiceFactory.CreateOrganizationService(null)).Stamp(opportunity.Id, outcome);
    }
}
