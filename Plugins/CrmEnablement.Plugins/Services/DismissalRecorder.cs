using CrmEnablement.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmEnablement.Plugins.Services;

/// <summary>
/// Marks a deal's suggestion Dismissed the moment the rep says "not for this deal", so the next
/// ranking already leaves it out. One Upsert on the opportunity + content key: it creates the row
/// when the item was only ever shown live and never persisted. The row belongs to the deal's owner,
/// as every suggestion row does, so the reps who read the deal's suggestions read the dismissal too.
/// </summary>
public sealed class DismissalRecorder
{
    private readonly IOrganizationService _service;

    /// <summary>Writes through <paramref name="service"/>.</summary>
    public DismissalRecorder(IOrganizationService service)
    {
        _service = service;
    }

    /// <summary>Records <paramref name="interaction"/> if it is a dismissal of content on a deal; returns whether it was.</summary>
    public bool Record(Entity interaction)
    {
        var action = interaction.GetAttributeValue<OptionSetValue>(InteractionSchema.Action);
        var opportunity = interaction.GetAttributeValue<EntityReference>(InteractionSchema.Opportunity);
        var content = interaction.GetAttributeValue<EntityReference>(InteractionSchema.Content);
        if (action?.Value != (int)InteractionAction.Dismissed || opportunity is null || content is null)
        {
            return false;
        }

        var suggestion = new Entity(SuggestionSchema.Table, new KeyAttributeCollection
        {
            { SuggestionSchema.Opportunity, new EntityReference(OpportunitySchema.Table, opportunity.Id) },
            { SuggestionSchema.Content, new EntityReference(ContentSchema.Table, content.Id) },
        });
        suggestion[SuggestionSchema.Status] = new OptionSetValue((int)SuggestionStatus.Dismissed);
        var deal = _service.Retrieve(OpportunitySchema.Table, opportunity.Id, new ColumnSet(OpportunitySchema.Owner));
        if (deal.GetAttributeValue<EntityReference>(OpportunitySchema.Owner) is { } owner)
        {
            suggestion[SuggestionSchema.Owner] = new EntityReference(owner.LogicalName, owner.Id);
        }

        _service.Execute(new UpsertRequest { Target = suggestion });
        return true;
    }
}
