using System;
using System.Collections.Generic;
using CrmEnablement.Plugins.Dataverse;
using CrmEnablement.Plugins.Infrastructure;
using CrmEnablement.Plugins.Services;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Steps;

/// <summary>
/// After an opportunity is created, closed, or saved with a change that moves its suggestions, ranks it as
/// the saving user and brings its <c>cen_contentsuggestion</c> rows up to date. Asynchronous, so
/// suggestion work never slows or blocks a rep's save; failures land in the system job.
/// </summary>
public sealed class PersistSuggestionsPlugin : PluginBase
{
    /// <summary>The columns whose change re-ranks a deal.</summary>
    public static readonly IReadOnlyList<string> TriggerColumns = new[]
    {
        OpportunitySchema.SalesStage, OpportunitySchema.JourneyPhase, OpportunitySchema.ParentAccount, OpportunitySchema.Customer,
        OpportunitySchema.BuyerRoles, OpportunitySchema.Challenges, OpportunitySchema.Language, OpportunitySchema.StateCode,
    };

    /// <summary>Create and Update of opportunity and Create of opportunityclose (Win, Lose), post-operation, asynchronous.</summary>
    public static readonly IReadOnlyList<StepRegistration> Steps = new[]
    {
        new StepRegistration
        {
            Message = MessageNames.Create, PrimaryEntity = OpportunitySchema.Table, Stage = PipelineStage.PostOperation,
            Mode = ExecutionMode.Asynchronous, Description = "Suggest content for a new opportunity.",
        },
        new StepRegistration
        {
            Message = MessageNames.Update, PrimaryEntity = OpportunitySchema.Table, Stage = PipelineStage.PostOperation,
            Mode = ExecutionMode.Asynchronous, FilteringAttributes = TriggerColumns,
            Description = "Re-rank suggested content when the deal's stage, phase, account, roles, challenges, language or status change.",
        },
        new StepRegistration
        {
            Message = MessageNames.Create, PrimaryEntity = OpportunityCloseSchema.Table, Stage = PipelineStage.PostOperation,
            Mode = ExecutionMode.Asynchronous, Rank = 2,
            Description = "A won deal moves to Implementation & Adoption: suggest adoption content.",
        },
    };

    /// <inheritdoc />
    public override IReadOnlyList<StepRegistration> Registrations => Steps;

    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        SuggestionRefresher.For(context).Refresh(OpportunityId(execution), execution.OperationCreatedOn);
    }

    // The close activity names the deal; on the opportunity's own steps it is the primary row.
    private static Guid OpportunityId(IPluginExecutionContext execution) =>
        execution.PrimaryEntityName == OpportunityCloseSchema.Table ? StampOutcomePlugin.ClosedDeal(execution).Id : execution.PrimaryEntityId;
}
