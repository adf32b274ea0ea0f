using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Vocabularies;
using CrmEnablement.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmEnablement.Plugins.Services;

/// <summary>
/// Persists a ranking as <c>cen_contentsuggestion</c> rows, idempotently: each suggestion is
/// upserted on its opportunity + content key only when something about it changed; rows the rep
/// touched (opened, shared, rated, dismissed) keep their status; rows no longer suggested become
/// Superseded, never deleted. A run that changes nothing writes nothing. New rows belong to the
/// deal's owner: the writer runs as SYSTEM, and reps read only the suggestion rows they own.
/// </summary>
public sealed class SuggestionWriter
{
    /// <summary>The longest primary name the row takes.</summary>
    public const int MaxNameLength = 100;

    private static readonly string[] ReadColumns =
    {
        SuggestionSchema.Content, SuggestionSchema.Rank, SuggestionSchema.Score, SuggestionSchema.Reasons, SuggestionSchema.Phase,
        SuggestionSchema.SalesStage, SuggestionSchema.RolesServed, SuggestionSchema.Status,
    };

    private readonly IOrganizationService _service;

    /// <summary>Writes through <paramref name="service"/>.</summary>
    public SuggestionWriter(IOrganizationService service)
    {
        _service = service;
    }

    /// <summary>Brings the deal's rows in line with <paramref name="ranked"/>; returns the number of rows written.</summary>
    public int Write(RankedOpportunity ranked, DateTime now)
    {
        var opportunity = new EntityReference(OpportunitySchema.Table, ranked.Row.Id);
        var existing = ReadExisting(ranked.Row.Id);
        var vocabularies = ranked.Settings.Vocabularies;
        var phase = OptionLabels.Option(vocabularies[Facet.Phase], ranked.Ranking.Phase);
        var stage = OptionLabels.Option(vocabularies[Facet.SalesStage], ranked.Profile.SalesStage);
        var written = 0;
        var suggested = new HashSet<Guid>();
        foreach (var suggestion in ranked.Ranking.Suggestions)
        {
            if (!ranked.Snapshot.RowIds.TryGetValue(suggestion.ContentId, out var contentId))
            {
                continue;
            }

            suggested.Add(contentId);
            existing.TryGetValue(contentId, out var row);
            var desired = Desired(suggestion, phase, stage, vocabularies, row);
            if (row is not null && !Differs(row, desired))
            {
                continue;
            }

            var target = new Entity(SuggestionSchema.Table, new KeyAttributeCollection
            {
                { SuggestionSchema.Opportunity, opportunity },
                { SuggestionSchema.Content, new EntityReference(ContentSchema.Table, contentId) },
            });
            foreach (var attribute in desired)
            {
                target[attribute.Key] = attribute.Value;
            }

            target[SuggestionSchema.LastSuggestedOn] = now;
            if (row is null)
            {
                target[SuggestionSchema.Name] = Truncate(suggestion.Title);
                target[SuggestionSchema.FirstSuggestedOn] = now;
                if (ranked.Row.Owner is { } owner)
                {
                    target[SuggestionSchema.Owner] = new EntityReference(owner.LogicalName, owner.Id);
                }
            }

            _service.Execute(new UpsertRequest { Target = target });
            written++;
        }

        foreach (var stale in existing.Where(pair => !suggested.Contains(pair.Key)))
        {
            if (Status(stale.Value) == SuggestionStatus.Suggested)
            {
                var update = new Entity(SuggestionSchema.Table, stale.Value.Id);
                update[SuggestionSchema.Status] = new OptionSetValue((int)SuggestionStatus.Superseded);
                _service.Update(update);
                written++;
            }
        }

        if (written > 0)
        {
            var stamp = new Entity(OpportunitySchema.Table, ranked.Row.Id);
            stamp[OpportunitySchema.SuggestionsRefreshedOn] = now;
            _service.Update(stamp);
        }

        return written;
    }

    private Dictionary<Guid, Entity> ReadExisting(Guid opportunityId)
    {
        var query = new QueryExpression(SuggestionSchema.Table) { ColumnSet = new ColumnSet(ReadColumns) };
        query.Criteria.AddCondition(SuggestionSchema.Opportunity, ConditionOperator.Equal, opportunityId);
        var rows = new Dictionary<Guid, Entity>();
        foreach (var row in _service.RetrieveMultiple(query).Entities)
        {
            var content = row.GetAttributeValue<EntityReference>(SuggestionSchema.Content);
            if (content is not null)
            {
                rows[content.Id] = row;
            }
        }

        return rows;
    }

    private static Dictionary<string, object?> Desired(Suggestion suggestion, OptionSetValue? phase, OptionSetValue? stage, VocabularySet vocabularies, Entity? row)
    {
        // A row the rep acted on keeps what they did; a superseded row that comes back is suggested again.
        var status = row is null ? SuggestionStatus.Suggested : Status(row);
        if (status == SuggestionStatus.Superseded)
        {
            status = SuggestionStatus.Suggested;
        }

        return new Dictionary<string, object?>
        {
            [SuggestionSchema.Rank] = suggestion.Rank,
            [SuggestionSchema.Score] = suggestion.Score,
            [SuggestionSchema.Reasons] = ReasonsJson.Write(suggestion.Reasons),
            [SuggestionSchema.Phase] = phase,
            [SuggestionSchema.SalesStage] = stage,
            [SuggestionSchema.RolesServed] = OptionLabels.Options(vocabularies[Facet.BuyerRole], suggestion.ForRoles),
            [SuggestionSchema.Status] = new OptionSetValue((int)status),
        };
    }

    private static bool Differs(Entity row, Dictionary<string, object?> desired) =>
        desired.Any(pair => !SameValue(row.Contains(pair.Key) ? row[pair.Key] : null, pair.Value));

    private static bool SameValue(object? stored, object? wanted)
    {
        var left = stored as OptionSetValueCollection;
        var right = wanted as OptionSetValueCollection;
        if (right is not null && (stored is null || left is not null))
        {
            // An empty multi-select reads back as no value at all.
            return (left ?? new OptionSetValueCollection()).Select(option => option.Value).OrderBy(value => value)
                .SequenceEqual(right.Select(option => option.Value).OrderBy(value => value));
        }

        return Equals(stored, wanted);
    }

    private static SuggestionStatus Status(Entity row) =>
        (SuggestionStatus)(row.GetAttributeValue<OptionSetValue>(SuggestionSchema.Status)?.Value ?? (int)SuggestionStatus.Suggested);

    private static string Truncate(string title) => title.Length <= MaxNameLength ? title : title.Substring(0, MaxNameLength - 1) + "…";
}
