using System.Collections.Generic;
using CrmEnablement.Plugins.Dataverse;
using CrmEnablement.Plugins.Infrastructure;
using CrmEnablement.Plugins.Services;

namespace CrmEnablement.Plugins.Steps;

/// <summary>
/// When a contact's buyer role changes, re-ranks every open deal they are a stakeholder of and
/// brings its persisted suggestions up to date. Asynchronous: a contact save never waits on ranking.
/// </summary>
public sealed class RerankForContactRolePlugin : PluginBase
{
    /// <summary>Update of contact's buyer role, post-operation, asynchronous.</summary>
    public static readonly IReadOnlyList<StepRegistration> Steps = new[]
    {
        new StepRegistration
        {
            Message = MessageNames.Update, PrimaryEntity = RelatedSchema.Contact, Stage = PipelineStage.PostOperation,
            Mode = ExecutionMode.Asynchronous, FilteringAttributes = new[] { RelatedSchema.ContactBuyerRole },
            Description = "Re-rank suggested content on the open deals of a stakeholder whose buyer role changes.",
        },
    };

    /// <inheritdoc />
    public override IReadOnlyList<StepRegistration> Registrations => Steps;

    /// <inheritdoc />
    protected override void ExecutePlugin(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        var deals = StakeholderDealsReader.OpenDealsOf(context.UserService, execution.PrimaryEntityId);
        context.Trace($"The contact is a stakeholder of {deals.Count} open opportunities.");
        SuggestionRefresher.For(context).RefreshAll(deals, execution.OperationCreatedOn);
    }
}
