using System;
using System.Collections.Generic;
using CrmEnablement.Plugins.Dataverse;
using CrmEnablement.Plugins.Infrastructure;
using CrmEnablement.Plugins.Services;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Steps;

/// <summary>
/// When the opportunity's business process flow moves to another stage, re-ranks the flow's deal:
/// the ranking prefers the active stage's name to the <c>salesstage</c> choice. Asynchronous, like
/// an opportunity save.
/// </summary>
public sealed class RerankForStageMovePlugin : PluginBase
{
    /// <summary>The image alias: the flow row after the move, for its opportunity.</summary>
    public const string ImageAlias = "process";

    /// <summary>Update of <c>opportunitysalesprocess</c>'s active stage, post-operation, asynchronous.</summary>
    public static readonly IReadOnlyList<StepRegistration> Steps = new[]
    {
        new StepRegistration
        {
            Message = MessageNames.Update, PrimaryEntity = RelatedSchema.SalesProcess, Stage = PipelineStage.PostOperation,
            Mode = ExecutionMode.Asynchronous, FilteringAttributes = new[] { RelatedSchema.ActiveStage },
            // A stage move's Target holds the stage, not the deal: the image carries the deal.
            Images = new[] { new StepImage(ImageAlias, ImageType.PostImage, new[] { RelatedSchema.SalesProcessOpportunity }) },
            Description = "Re-rank a deal's suggested content when its business process flow moves to another stage.",
        },
    };

    /// <inheritdoc />
    public override IReadOnlyList<StepRegistration> Registrations => Steps;

    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var deal = ContextRows.PostImage(execution, ImageAlias)?.GetAttributeValue<EntityReference>(RelatedSchema.SalesProcessOpportunity)
            ?? ContextRows.Target(execution)?.GetAttributeValue<EntityReference>(RelatedSchema.SalesProcessOpportunity);
        if (deal is null || deal.Id == Guid.Empty)
        {
            context.Trace("The process flow names no opportunity; nothing to re-rank.");
            return;
        }

        SuggestionRefresher.For(context).Refresh(deal.Id, execution.OperationCreatedOn);
    }
}
