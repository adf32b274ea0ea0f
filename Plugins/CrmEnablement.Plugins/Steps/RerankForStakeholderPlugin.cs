using System.Collections.Generic;
using CrmEnablement.Plugins.Dataverse;
using CrmEnablement.Plugins.Infrastructure;
using CrmEnablement.Plugins.Services;

namespace CrmEnablement.Plugins.Steps;

/// <summary>
/// When a stakeholder is connected to a deal, changes role or leaves, re-ranks the deal the
/// connection links (either side) and brings its persisted suggestions up to date, as an
/// opportunity save does. Asynchronous: editing the buying committee never waits on ranking.
/// </summary>
public sealed class RerankForStakeholderPlugin : PluginBase
{
    /// <summary>The image alias: the connection's ends before (Update, Delete) and after (Update) the change.</summary>
    public const string ImageAlias = "connection";

    /// <summary>The connection columns whose change moves a deal's buying committee.</summary>
    public static readonly IReadOnlyList<string> TriggerColumns = new[]
    {
        RelatedSchema.Record1, RelatedSchema.Record2, RelatedSchema.Record1Role, RelatedSchema.Record2Role, RelatedSchema.StateCode,
    };

    private static readonly string[] Ends = { RelatedSchema.Record1, RelatedSchema.Record2 };

    /// <summary>Create, Update and Delete of connection, post-operation, asynchronous.</summary>
    public static readonly IReadOnlyList<StepRegistration> Steps = new[]
    {
        Step(MessageNames.Create, new string[0], new StepImage[0], "Re-rank a deal's suggested content when a stakeholder is connected."),
        Step(MessageNames.Update, TriggerColumns, new[] { new StepImage(ImageAlias, ImageType.Both, Ends) },
            "Re-rank a deal's suggested content when a stakeholder's role, deal or status changes."),
        // The row is gone after a Delete: only the pre-image says which deal it belonged to.
        Step(MessageNames.Delete, new string[0], new[] { new StepImage(ImageAlias, ImageType.PreImage, Ends) },
            "Re-rank a deal's suggested content when a stakeholder is removed."),
    };

    /// <inheritdoc />
    public override IReadOnlyList<StepRegistration> Registrations => Steps;

    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        // Both images on an Update: a connection moved from one deal to another changes both.
        var deals = ConnectionEnds.Opportunities(
            ContextRows.Target(execution), ContextRows.PreImage(execution, ImageAlias), ContextRows.PostImage(execution, ImageAlias));
        context.Trace($"The connection links {deals.Count} opportunities.");
        SuggestionRefresher.For(context).RefreshAll(deals, execution.OperationCreatedOn);
    }

    private static StepRegistration Step(string message, IReadOnlyList<string> filtering, IReadOnlyList<StepImage> images, string description) => new()
    {
        Message = message, PrimaryEntity = RelatedSchema.Connection, Stage = PipelineStage.PostOperation, Mode = ExecutionMode.Asynchronous,
        FilteringAttributes = filtering, Images = images, Description = description,
    };
}
