using CrmEnablement.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace CrmEnablement.Plugins.Services;

/// <summary>
/// Marks a deal's suggestion Dismissed the moment the rep says "not for this deal", so the next
/// ranking already leaves it out. One Upsert on the opportunity + content key: it creates the row
/// when the item was only ever shown live and never persisted.
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
        _service.Execute(new UpsertRequest { Target = suggestion });
        return true;
    }
}
