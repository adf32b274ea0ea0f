using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmEnablement.Plugins.Services;

/// <summary>
/// When a deal closes, stamps won or lost on its suggestions and interactions and credits the
/// content that was used (opened, shared or rated) with a win or a loss, for analytics.
/// </summary>
public sealed class OutcomeStamper
{
    private readonly IOrganizationService _service;

    /// <summary>Writes through <paramref name="service"/>.</summary>
    public OutcomeStamper(IOrganizationService service)
    {
        _service = service;
    }

    /// <summary>Stamps <paramref name="outcome"/> on everything recorded for <paramref name="opportunityId"/>.</summary>
    public void Stamp(Guid opportunityId, DealOutcome outcome)
    {
        var value = new OptionSetValue((int)outcome);
        foreach (var suggestion in Rows(SuggestionSchema.Table, SuggestionSchema.Opportunity, opportunityId, SuggestionSchema.Outcome))
        {
            StampRow(suggestion, SuggestionSchema.Outcome, value);
        }

        var used = new HashSet<Guid>();
        foreach (var interaction in Rows(InteractionSchema.Table, InteractionSchema.Opportunity, opportunityId, InteractionSchema.Outcome, InteractionSchema.Content, InteractionSchema.Action))
        {
            StampRow(interaction, InteractionSchema.Outcome, value);
            var action = (InteractionAction?)interaction.GetAttributeValue<OptionSetValue>(InteractionSchema.Action)?.Value;
            if (interaction.GetAttributeValue<EntityReference>(InteractionSchema.Content) is { } content
                && action is InteractionAction.Opened or InteractionAction.Copied or InteractionAction.Helpful)
            {
                used.Add(content.Id);
            }
        }

        var counter = outcome == DealOutcome.Won ? ContentSchema.WonWithCount : ContentSchema.LostWithCount;
        foreach (var contentId in used.OrderBy(id => id))
        {
            var row = _service.Retrieve(ContentSchema.Table, contentId, new ColumnSet(counter));
            var update = new Entity(ContentSchema.Table, contentId);
            update[counter] = row.GetAttributeValue<int>(counter) + 1;
            _service.Update(update);
        }
    }

    private IEnumerable<Entity> Rows(string table, string lookup, Guid opportunityId, params string[] columns)
    {
        var query = new QueryExpression(table) { ColumnSet = new ColumnSet(columns) };
        query.Criteria.AddCondition(lookup, ConditionOperator.Equal, opportunityId);
        return _service.RetrieveMultiple(query).Entities;
    }

    private void StampRow(Entity row, string column, OptionSetValue value)
    {
        // Stamping twice (a reopened and re-closed deal) writes only when the outcome changed.
        if (Equals(row.GetAttributeValue<OptionSetValue>(column), value))
        {
            return;
        }

        var update = new Entity(row.LogicalName, row.Id);
        update[column] = value;
        _service.Update(update);
    }
}
