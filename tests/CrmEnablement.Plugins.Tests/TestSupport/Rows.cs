using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Engine.Vocabularies;
using CrmEnablement.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Tests.TestSupport;

/// <summary>Rows as the solution's tables hold them, built from labels (the default vocabularies).</summary>
internal static class Rows
{
    private const string Owner = "ownerid";

    private static readonly VocabularySet Vocabularies = VocabularySet.Default;

    public static OptionSetValue Option(Facet facet, string label) =>
        OptionLabels.Option(Vocabularies[facet], label) ?? throw new ArgumentException($"'{label}' is not a {facet} label.");

    public static OptionSetValueCollection Options(Facet facet, params string[] labels) =>
        new(labels.Select(label => Option(facet, label)).ToList());

    /// <summary>A published, client-facing case study for every phase, industry and role unless told otherwise.</summary>
    public static Entity Content(string id, string kind = "Case Study", string[]? phases = null, string[]? industries = null,
        string[]? roles = null, bool internalOnly = false, string status = ContentStatusLabels.Published, Guid? relatedTraining = null,
        string[]? stages = null, string[]? challenges = null)
    {
        var row = new Entity(ContentSchema.Table)
        {
            [ContentSchema.ExternalId] = id,
            [ContentSchema.Name] = "Title of " + id,
            [ContentSchema.Url] = "https://enablement.example/" + id,
            [ContentSchema.Kind] = Option(Facet.Kind, kind),
            [ContentSchema.Audience] = Option(Facet.Audience, internalOnly ? AudienceLabels.Internal : AudienceLabels.ClientFacing),
            [ContentSchema.StatusCode] = Option(Facet.Status, status),
            [ContentSchema.PublishedOn] = new DateTime(2026, 1, 15, 0, 0, 0, DateTimeKind.Utc),
        };
        Set(row, ContentSchema.JourneyPhases, Facet.Phase, phases);
        Set(row, ContentSchema.Industries, Facet.Industry, industries);
        Set(row, ContentSchema.BuyerRoles, Facet.BuyerRole, roles);
        Set(row, ContentSchema.SalesStages, Facet.SalesStage, stages);
        Set(row, ContentSchema.Challenges, Facet.Challenge, challenges);
        if (relatedTraining is { } training)
        {
            row[ContentSchema.RelatedTraining] = new EntityReference(ContentSchema.Table, training);
        }

        return row;
    }

    /// <summary>An account with an <c>industrycode</c> (20 is Insurance).</summary>
    public static Entity Account(int industryCode) =>
        new(RelatedSchema.Account) { ["name"] = "Northwind Mutual", [RelatedSchema.IndustryCode] = new OptionSetValue(industryCode) };

    /// <summary>An open opportunity at a <c>salesstage</c> value (0 Qualify … 3 Close).</summary>
    public static Entity Opportunity(Guid? accountId, int salesStage, params string[] roles)
    {
        var row = new Entity(OpportunitySchema.Table)
        {
            [OpportunitySchema.Name] = "Claims platform renewal",
            [OpportunitySchema.SalesStage] = new OptionSetValue(salesStage),
        };
        if (accountId is { } account)
        {
            row[OpportunitySchema.ParentAccount] = new EntityReference(RelatedSchema.Account, account);
        }

        if (roles.Length > 0)
        {
            row[OpportunitySchema.BuyerRoles] = Options(Facet.BuyerRole, roles);
        }

        return row;
    }

    public static Entity Interaction(Guid opportunityId, Guid contentId, InteractionAction action) => new(InteractionSchema.Table)
    {
        [InteractionSchema.Opportunity] = new EntityReference(OpportunitySchema.Table, opportunityId),
        [InteractionSchema.Content] = new EntityReference(ContentSchema.Table, contentId),
        [InteractionSchema.Action] = new OptionSetValue((int)action),
    };

    /// <summary><paramref name="row"/>, owned by <paramref name="userId"/>.</summary>
    public static Entity OwnedBy(this Entity row, Guid userId)
    {
        row[Owner] = new EntityReference(RelatedSchema.SystemUser, userId);
        return row;
    }

    private static void Set(Entity row, string column, Facet facet, IReadOnlyList<string>? labels)
    {
        if (labels is { Count: > 0 })
        {
            row[column] = Options(facet, labels.ToArray());
        }
    }
}
