using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Vocabularies;
using CrmEnablement.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Cli.Sandbox;

/// <summary>
/// Catalogue items as <c>cen_enablementcontent</c> rows, the way <c>cen catalog import</c> writes
/// them: labels become the vocabularies' option values, Retired content is inactive, and the
/// related training is a lookup to the refresher's row.
/// </summary>
internal static class ContentRows
{
    /// <summary>One row per item, each with its id from <paramref name="newId"/>; the related-training lookups point at the rows made here.</summary>
    public static IReadOnlyList<Entity> Build(IReadOnlyList<ContentItem> items, VocabularySet vocabularies, Func<Guid> newId)
    {
        var ids = items.ToDictionary(item => item.Id, _ => newId(), StringComparer.Ordinal);
        return items.Select(item => Row(item, ids[item.Id], vocabularies, ids)).ToArray();
    }

    private static Entity Row(ContentItem item, Guid id, VocabularySet vocabularies, IReadOnlyDictionary<string, Guid> ids)
    {
        var status = item.Status switch
        {
            ContentStatus.Published => ContentStatusLabels.Published,
            ContentStatus.Retired => ContentStatusLabels.Retired,
            _ => ContentStatusLabels.Draft,
        };
        var row = new Entity(ContentSchema.Table, id)
        {
            [ContentSchema.ExternalId] = item.Id,
            [ContentSchema.Name] = item.Title,
            [ContentSchema.Url] = item.Url,
            [ContentSchema.Summary] = item.Summary,
            [ContentSchema.Kind] = OptionLabels.Option(vocabularies[Facet.Kind], item.Kind),
            [ContentSchema.Audience] = OptionLabels.Option(vocabularies[Facet.Audience], item.IsInternal ? AudienceLabels.Internal : AudienceLabels.ClientFacing),
            [ContentSchema.Medium] = OptionLabels.Option(vocabularies[Facet.Medium], item.Medium),
            [ContentSchema.Industries] = Options(vocabularies[Facet.Industry], item.Industries),
            [ContentSchema.BuyerRoles] = Options(vocabularies[Facet.BuyerRole], item.BuyerRoles),
            [ContentSchema.JourneyPhases] = Options(vocabularies[Facet.Phase], item.Phases),
            [ContentSchema.SalesStages] = Options(vocabularies[Facet.SalesStage], item.SalesStages),
            [ContentSchema.Challenges] = Options(vocabularies[Facet.Challenge], item.Challenges),
            [ContentSchema.Language] = item.Language,
            [ContentSchema.StateCode] = new OptionSetValue(item.Status == ContentStatus.Retired ? 1 : 0),
            [ContentSchema.StatusCode] = OptionLabels.Option(vocabularies[Facet.Status], status),
            [ContentSchema.PublishedOn] = item.PublishedOn,
            [ContentSchema.ExpiresOn] = item.ExpiresOn,
            [ContentSchema.Author] = item.Author,
            [ContentSchema.Pinned] = item.Pinned,
            [ContentSchema.HelpfulCount] = item.Helpful,
            [ContentSchema.NotHelpfulCount] = item.NotHelpful,
        };
        if (item.RelatedTraining is { } training && ids.TryGetValue(training, out var trainingId))
        {
            row[ContentSchema.RelatedTraining] = new EntityReference(ContentSchema.Table, trainingId);
        }

        // LocalOrg treats a null value as "no column", as Dataverse does.
        foreach (var empty in row.Attributes.Where(pair => pair.Value is null).Select(pair => pair.Key).ToArray())
        {
            row.Attributes.Remove(empty);
        }

        return row;
    }

    // An empty multi-select is no value at all, which the mapper reads as "generic".
    private static OptionSetValueCollection? Options(Vocabulary vocabulary, IReadOnlyList<string> labels) =>
        labels.Count == 0 ? null : OptionLabels.Options(vocabulary, labels);
}
