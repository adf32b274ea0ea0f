using System;
using System.Collections.Generic;
using CrmEnablement.Plugins.Dataverse;

namespace CrmEnablement.Cli.Sandbox;

/// <summary>
/// The types of the columns the Web API receives as plain JSON numbers and strings. LocalOrg has
/// no metadata, so the sandbox says which numbers are choices and which strings are dates, as the
/// solution's column definitions do in Dataverse.
/// </summary>
internal static class ColumnKinds
{
    private static readonly HashSet<string> Choices = new(StringComparer.OrdinalIgnoreCase)
    {
        "statecode", "statuscode", OpportunitySchema.SalesStage, OpportunitySchema.JourneyPhase, RelatedSchema.IndustryCode,
        ContentSchema.Kind, ContentSchema.Audience, ContentSchema.Medium, SuggestionSchema.Phase, SuggestionSchema.SalesStage,
        SuggestionSchema.Status, SuggestionSchema.Outcome, InteractionSchema.Action, InteractionSchema.Outcome, RelatedSchema.RoleCategory,
    };

    private static readonly HashSet<string> MultiChoices = new(StringComparer.OrdinalIgnoreCase)
    {
        OpportunitySchema.BuyerRoles, OpportunitySchema.Challenges, ContentSchema.Industries, ContentSchema.BuyerRoles,
        ContentSchema.JourneyPhases, ContentSchema.SalesStages, ContentSchema.Challenges,
    };

    private static readonly HashSet<string> Dates = new(StringComparer.OrdinalIgnoreCase)
    {
        "createdon", "modifiedon", InteractionSchema.On, ContentSchema.PublishedOn, ContentSchema.ExpiresOn,
        SuggestionSchema.FirstSuggestedOn, SuggestionSchema.LastSuggestedOn, OpportunitySchema.SuggestionsRefreshedOn,
    };

    public static bool IsChoice(string column) => Choices.Contains(column);

    public static bool IsMultiChoice(string column) => MultiChoices.Contains(column);

    public static bool IsDate(string column) => Dates.Contains(column);
}
