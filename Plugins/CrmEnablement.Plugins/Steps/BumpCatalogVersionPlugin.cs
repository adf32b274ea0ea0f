using System.Collections.Generic;
using CrmEnablement.Plugins.Dataverse;
using CrmEnablement.Plugins.Infrastructure;
using CrmEnablement.Plugins.Services;

namespace CrmEnablement.Plugins.Steps;

/// <summary>
/// When content is created, changed or deleted, bumps the catalogue version so every cached
/// catalogue is rebuilt on its next use. Synchronous, so the next suggestion already sees the
/// change; counter updates (rep feedback) are not among the filtering columns and do not bump it.
/// </summary>
public sealed class BumpCatalogVersionPlugin : PluginBase
{
    /// <summary>The content columns that change what is suggested.</summary>
    public static readonly IReadOnlyList<string> CatalogColumns = new[]
    {
        ContentSchema.ExternalId, ContentSchema.Name, ContentSchema.Url, ContentSchema.Summary, ContentSchema.Kind, ContentSchema.Audience,
        ContentSchema.Medium, ContentSchema.Industries, ContentSchema.BuyerRoles, ContentSchema.JourneyPhases, ContentSchema.SalesStages,
        ContentSchema.Challenges, ContentSchema.Language, ContentSchema.StateCode, ContentSchema.StatusCode, ContentSchema.PublishedOn,
        ContentSchema.ExpiresOn, ContentSchema.Author, ContentSchema.Pinned, ContentSchema.RelatedTraining,
    };

    /// <summary>Create, Update and Delete of content, post-operation, synchronous.</summary>
    public static readonly IReadOnlyList<StepRegistration> Steps = new[]
    {
        Step(MessageNames.Create, new string[0]),
        Step(MessageNames.Update, CatalogColumns),
        Step(MessageNames.Delete, new string[0]),
    };

    /// <inheritdoc />
    public override IReadOnlyList<StepRegistration> Registrations => Steps;

    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var bumper = new CatalogVersionBumper(context.ServiceFactory.CreateOrganizationService(null));
        context.Trace(bumper.TryBump(out var version)
            ? $"Catalogue version is now {version}."
            : $"The {Dataverse.EnvironmentVariableSchema.CatalogVersion} environment variable is not installed; cached catalogues expire by age only.");
    }

    private static StepRegistration Step(string message, IReadOnlyList<string> filtering) => new()
    {
        Message = message, PrimaryEntity = ContentSchema.Table, Stage = PipelineStage.PostOperation, Mode = ExecutionMode.Synchronous,
        FilteringAttributes = filtering, Description = "Mark cached catalogues stale.",
    };
}
