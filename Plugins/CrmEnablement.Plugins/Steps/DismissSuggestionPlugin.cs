using System.Collections.Generic;
using CrmEnablement.Plugins.Dataverse;
using CrmEnablement.Plugins.Infrastructure;
using CrmEnablement.Plugins.Services;

namespace CrmEnablement.Plugins.Steps;

/// <summary>
/// "Not for this deal" takes effect at once: inside the rep's own save of the interaction, the
/// deal's suggestion row becomes Dismissed, so a reload before the async aggregation runs does not
/// bring the item back. Counters stay with <see cref="AggregateInteractionPlugin"/>.
/// </summary>
public sealed class DismissSuggestionPlugin : PluginBase
{
    /// <summary>Create of <c>cen_contentinteraction</c>, post-operation, synchronous.</summary>
    public static readonly IReadOnlyList<StepRegistration> Steps = new[]
    {
        new StepRegistration
        {
            Message = MessageNames.Create, PrimaryEntity = InteractionSchema.Table, Stage = PipelineStage.PostOperation,
            Mode = ExecutionMode.Synchronous, Description = "Keep content a rep dismissed off the deal from the moment they dismiss it.",
        },
    };

    /// <inheritdoc />
    public override IReadOnlyList<StepRegistration> Registrations => Steps;

    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var interaction = ContextRows.RequiredTarget(context.ExecutionContext);

        // Suggestion rows are the product's bookkeeping, which reps may not write directly.
        if (new DismissalRecorder(context.ServiceFactory.CreateOrganizationService(null)).Record(interaction))
        {
            context.Trace("Marked the suggestion Dismissed.");
        }
    }
}
