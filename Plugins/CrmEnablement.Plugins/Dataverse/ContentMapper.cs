using System;
using System.Collections.Generic;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Vocabularies;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Dataverse;

/// <summary>A <c>cen_enablementcontent</c> row as the engine's <see cref="ContentItem"/>.</summary>
public static class ContentMapper
{
    /// <summary>The engine id of a row: its catalogue id, or the row id for content created in the app without one.</summary>
    public static string EngineId(Entity row) =>
        row.GetAttributeValue<string>(ContentSchema.ExternalId) is { Length: > 0 } external ? external : row.Id.ToString("D");

    /// <summary>Maps one row; <paramref name="idsByRow"/> resolves the related-training lookup to an engine id.</summary>
    public static ContentItem ToItem(Entity row, VocabularySet vocabularies, IReadOnlyDictionary<Guid, string> idsByRow)
    {
        var related = row.GetAttributeValue<EntityReference>(ContentSchema.RelatedTraining);
        var status = OptionLabels.Label(vocabularies[Facet.Status], row.GetAttributeValue<OptionSetValue>(ContentSchema.StatusCode));
        var audience = OptionLabels.Label(vocabularies[Facet.Audience], row.GetAttributeValue<OptionSetValue>(ContentSchema.Audience));
        return new ContentItem
        {
            Id = EngineId(row),
            Title = row.GetAttributeValue<string>(ContentSchema.Name) ?? "",
            Url = row.GetAttributeValue<string>(ContentSchema.Url) ?? "",
            Summary = row.GetAttributeValue<string>(ContentSchema.Summary) ?? "",
            Kind = OptionLabels.Label(vocabularies[Facet.Kind], row.GetAttributeValue<OptionSetValue>(ContentSchema.Kind)) ?? "",
            IsInternal = audience == AudienceLabels.Internal,
            Medium = OptionLabels.Label(vocabularies[Facet.Medium], row.GetAttributeValue<OptionSetValue>(ContentSchema.Medium)),
            Industries = OptionLabels.Labels(vocabularies[Facet.Industry], row.GetAttributeValue<OptionSetValueCollection>(ContentSchema.Industries)),
            BuyerRoles = OptionLabels.Labels(vocabularies[Facet.BuyerRole], row.GetAttributeValue<OptionSetValueCollection>(ContentSchema.BuyerRoles)),
            Phases = OptionLabels.Labels(vocabularies[Facet.Phase], row.GetAttributeValue<OptionSetValueCollection>(ContentSchema.JourneyPhases)),
            SalesStages = OptionLabels.Labels(vocabularies[Facet.SalesStage], row.GetAttributeValue<OptionSetValueCollection>(ContentSchema.SalesStages)),
            Challenges = OptionLabels.Labels(vocabularies[Facet.Challenge], row.GetAttributeValue<OptionSetValueCollection>(ContentSchema.Challenges)),
            Language = row.GetAttributeValue<string>(ContentSchema.Language),
            Status = status switch
            {
                ContentStatusLabels.Published => ContentStatus.Published,
                ContentStatusLabels.Retired => ContentStatus.Retired,
                _ => ContentStatus.Draft,
            },
            PublishedOn = Date(row, ContentSchema.PublishedOn),
            ExpiresOn = Date(row, ContentSchema.ExpiresOn),
            Author = row.GetAttributeValue<string>(ContentSchema.Author),
            Pinned = row.GetAttributeValue<bool>(ContentSchema.Pinned),
            RelatedTraining = related is not null && idsByRow.TryGetValue(related.Id, out var relatedId) ? relatedId : null,
            Helpful = Math.Max(0, row.GetAttributeValue<int>(ContentSchema.HelpfulCount)),
            NotHelpful = Math.Max(0, row.GetAttributeValue<int>(ContentSchema.NotHelpfulCount)),
        };
    }

    private static DateTime? Date(Entity row, string column) =>
        row.Contains(column) && row[column] is DateTime value ? DateTime.SpecifyKind(value.Date, DateTimeKind.Utc) : null;
}
