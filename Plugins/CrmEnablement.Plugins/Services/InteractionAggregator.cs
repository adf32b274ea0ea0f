using System;
using System.Collections.Generic;
using CrmEnablement.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmEnablement.Plugins.Services;

/// <summary>
/// Folds one interaction into the content row's counters and the suggestion row's status, so
/// enablement leads see what is used and a dismissal keeps the item off the deal for good.
/// </summary>
public sealed class InteractionAggregator
{
    private static readonly Dictionary<InteractionAction, string> CounterByAction = new()
    {
        [InteractionAction.Opened] = ContentSchema.OpenedCount,
        [InteractionAction.Copied] = ContentSchema.SharedCount,
        [InteractionAction.Helpful] = ContentSchema.HelpfulCount,
        [InteractionAction.NotHelpful] = ContentSchema.NotHelpfulCount,
        [InteractionAction.Dismissed] = ContentSchema.DismissedCount,
    };

    private static readonly Dictionary<InteractionAction, SuggestionStatus> StatusByAction = new()
    {
        [InteractionAction.Opened] = SuggestionStatus.Opened,
        [InteractionAction.Copied] = SuggestionStatus.Shared,
        [InteractionAction.Helpful] = SuggestionStatus.Helpful,
        [InteractionAction.NotHelpful] = SuggestionStatus.NotHelpful,
    };

    private readonly IOrganizationService _service;

    /// <summary>Writes through <paramref name="service"/>.</summary>
    public InteractionAggregator(IOrganizationService service)
    {
        _service = service;
    }

    /// <summary>The actions a rep's repeat does not count again: one rating per rep, deal and item.</summary>
    private static readonly HashSet<InteractionAction> Ratings = new() { InteractionAction.Helpful, InteractionAction.NotHelpful };

    /// <summary>
    /// Applies <paramref name="interaction"/> (a Create target or post image), recorded as row
    /// <paramref name="interactionId"/> by <paramref name="userId"/>. A rating the same rep already
    /// gave this item on this deal moves no counter again, so feedback cannot be inflated by clicking.
    /// </summary>
    public void Apply(Entity interaction, Guid interactionId, Guid userId)
    {
        var action = interaction.GetAttributeValue<OptionSetValue>(InteractionSchema.Action);
        var content = interaction.GetAttributeValue<EntityReference>(InteractionSchema.Content);
        if (action is null || content is null || !CounterByAction.TryGetValue((InteractionAction)action.Value, out var counter))
        {
            // A gap report ("nothing fitted") has no content to count against.
            return;
        }

        var opportunity = interaction.GetAttributeValue<EntityReference>(InteractionSchema.Opportunity);
        if (!Ratings.Contains((InteractionAction)action.Value) || !RatedBefore(opportunity, content, action, interactionId, userId))
        {
            var row = _service.Retrieve(ContentSchema.Table, content.Id, new ColumnSet(counter));
            var update = new Entity(ContentSchema.Table, content.Id);
            update[counter] = row.GetAttributeValue<int>(counter) + 1;
            _service.Update(update);
        }

        // A dismissal's status is written at once, synchronously, by DismissSuggestionPlugin.
        if (opportunity is not null && StatusByAction.TryGetValue((InteractionAction)action.Value, out var status))
        {
            UpdateSuggestion(opportunity, content, status);
        }
    }

    /// <summary>
    /// Whether the same rep gave the same rating on the same item and deal before this one. Steps
    /// run asynchronously and in no set order, so "before" is by creation time, then by row id:
    /// of several equal ratings exactly the first counts, whichever step runs first.
    /// </summary>
    private bool RatedBefore(EntityReference? opportunity, EntityReference content, OptionSetValue action, Guid interactionId, Guid userId)
    {
        var query = new QueryExpression(InteractionSchema.Table) { ColumnSet = new ColumnSet(false), TopCount = 1 };
        query.AddOrder(InteractionSchema.CreatedOn, OrderType.Ascending);
        query.AddOrder(InteractionSchema.Id, OrderType.Ascending);
        query.Criteria.AddCondition(InteractionSchema.Content, ConditionOperator.Equal, content.Id);
        query.Criteria.AddCondition(InteractionSchema.Action, ConditionOperator.Equal, action.Value);
        query.Criteria.AddCondition(InteractionSchema.CreatedBy, ConditionOperator.Equal, userId);
        if (opportunity is null)
        {
            query.Criteria.AddCondition(InteractionSchema.Opportunity, ConditionOperator.Null);
        }
        else
        {
            query.Criteria.AddCondition(InteractionSchema.Opportunity, ConditionOperator.Equal, opportunity.Id);
        }

        var first = _service.RetrieveMultiple(query).Entities;
        return first.Count > 0 && first[0].Id != interactionId;
    }

    private void UpdateSuggestion(EntityReference opportunity, EntityReference content, SuggestionStatus status)
    {
        var query = new QueryExpression(SuggestionSchema.Table) { ColumnSet = new ColumnSet(SuggestionSchema.Status), TopCount = 1 };
        query.Criteria.AddCondition(SuggestionSchema.Opportunity, ConditionOperator.Equal, opportunity.Id);
        query.Criteria.AddCondition(SuggestionSchema.Content, ConditionOperator.Equal, content.Id);
        var rows = _service.RetrieveMultiple(query).Entities;
        if (rows.Count == 0)
        {
            return;
        }

        // What the rep did last wins, except that nothing undoes a dismissal.
        var current = (SuggestionStatus)(rows[0].GetAttributeValue<OptionSetValue>(SuggestionSchema.Status)?.Value ?? (int)SuggestionStatus.Suggested);
        if (current == SuggestionStatus.Dismissed || current == status || (status == SuggestionStatus.Opened && current != SuggestionStatus.Suggested && current != SuggestionStatus.Superseded))
        {
            return;
        }

        var update = new Entity(SuggestionSchema.Table, rows[0].Id);
        update[SuggestionSchema.Status] = new OptionSetValue((int)status);
        _service.Update(update);
    }
}
