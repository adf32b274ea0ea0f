using System.Collections.Generic;
using CrmEnablement.Plugins.Dataverse;
using CrmEnablement.Plugins.Infrastructure;
using CrmEnablement.Plugins.Services;

namespace CrmEnablement.Plugins.Steps;

/// <summary>After a rep's interaction is recorded, counts it on the content row and updates the suggestion's status.</summary>
public sealed class AggregateInteractionPlugin : PluginBase
{
    /// <summary>Create of <c>cen_contentinteraction</c>, post-operation, asynchronous.</summary>
    public static readonly IReadOnlyList<StepRegistration> Steps = new[]
    {
        new StepRegistration
        {
            Message = MessageNames.Create, PrimaryEntity = InteractionSchema.Table, Stage = PipelineStage.PostOperation,
            Mode = ExecutionMode.Asynchronous, Description = "Count a rep's interaction on the content and its suggestion.",
        },
    };

    /// <inheritdoc />
    public override IReadOnlyList<StepRegistration> Registrations => Steps;

    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var interaction = ContextRows.RequiredTarget(execution);

        // Counters live on content rows reps may not write; the aggregation is the system's.
        new InteractionAggregator(context.ServiceFactory.CreateOrganizationService(null)).Apply(interaction, execution.PrimaryEntityId, execution.InitiatingUserId);
    }
}
