using System;
using System.Collections.Generic;
using CrmEnablement.Engine.Serialization;
using CrmEnablement.Plugins.Infrastructure;
using CrmEnablement.Plugins.Services;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Steps;

/// <summary>
/// The <c>cen_GetContentSuggestions</c> Custom API (an unbound function): ranks one opportunity
/// live, as the calling user, and returns the same JSON as <c>cen recommend</c> for one deal.
/// </summary>
public sealed class GetContentSuggestionsPlugin : PluginBase
{
    /// <summary>The request parameter: the opportunity's id.</summary>
    public const string OpportunityIdParameter = "OpportunityId";

    /// <summary>The response property: the suggestions JSON.</summary>
    public const string SuggestionsJsonProperty = "SuggestionsJson";

    /// <summary>The Custom API's main operation.</summary>
    public static readonly IReadOnlyList<StepRegistration> Steps = new[]
    {
        new StepRegistration
        {
            Message = MessageNames.GetContentSuggestions, Stage = PipelineStage.MainOperation, Mode = ExecutionMode.Synchronous,
            Description = "Suggested content for one opportunity, with reasons.",
        },
    };

    /// <inheritdoc />
    public override IReadOnlyList<StepRegistration> Registrations => Steps;

    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        if (!execution.InputParameters.Contains(OpportunityIdParameter) || execution.InputParameters[OpportunityIdParameter] is not Guid opportunityId)
        {
            throw new InvalidPluginExecutionException(PluginTexts.MissingParameter(OpportunityIdParameter));
        }

        // The form of a new, unsaved record has no id yet.
        if (opportunityId == Guid.Empty)
        {
            throw new InvalidPluginExecutionException(PluginTexts.SaveFirst);
        }

        var ranked = new SuggestionService(context.UserService, context.ServiceFactory.CreateOrganizationService(null), execution.OrganizationId, execution.UserId, context.Trace)
            .Rank(opportunityId, execution.OperationCreatedOn)
            ?? throw new InvalidPluginExecutionException(PluginTexts.OpportunityNotFound(opportunityId));
        execution.OutputParameters[SuggestionsJsonProperty] = SuggestionsJson.WriteOne(ranked.Ranking);
    }
}
