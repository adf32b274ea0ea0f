using System;
using System.Collections.Generic;
using System.Globalization;
using CrmEnablement.Engine.Json;
using CrmEnablement.Engine.Ranking;

namespace CrmEnablement.Engine.Serialization;

/// <summary>
/// The suggestions JSON of <c>cen recommend</c> and of the <c>cen_GetContentSuggestions</c> Custom
/// API: one writer, so the command line and Dataverse give the same bytes for the same ranking.
/// Keys always in the documented order; LF line ends; no BOM.
/// </summary>
public static class SuggestionsJson
{
    /// <summary><c>{ "asOf", "opportunities": [...] }</c>, ending with a line feed.</summary>
    public static string Write(DateTime asOf, IReadOnlyList<OpportunityRanking> rankings)
    {
        var writer = new JsonTextWriter().StartObject();
        writer.Name("asOf").String(asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.Name("opportunities").StartArray();
        foreach (var ranking in rankings)
        {
            WriteRanking(writer, ranking);
        }

        writer.EndArray().EndObject();
        return writer + "\n";
    }

    /// <summary>One opportunity's <c>{ "id", "phase", "industry", "buyerRoles", "warnings", "suggestions" }</c>, as the Custom API returns it.</summary>
    public static string WriteOne(OpportunityRanking ranking)
    {
        var writer = new JsonTextWriter();
        WriteRanking(writer, ranking);
        return writer.ToString();
    }

    /// <summary>The facet as it appears in JSON: camel case, e.g. "buyerRole".</summary>
    public static string FacetName(ReasonFacet facet)
    {
        var name = facet.ToString();
        return char.ToLowerInvariant(name[0]) + name.Substring(1);
    }

    private static void WriteRanking(JsonTextWriter writer, OpportunityRanking ranking)
    {
        writer.StartObject();
        writer.Name("id").String(ranking.OpportunityId);
        writer.Name("phase").String(ranking.Phase);
        writer.Name("industry").String(ranking.Industry);
        writer.StringArray("buyerRoles", ranking.BuyerRoles);
        writer.StringArray("warnings", ranking.Warnings);
        writer.Name("suggestions").StartArray();
        foreach (var suggestion in ranking.Suggestions)
        {
            WriteSuggestion(writer, suggestion);
        }

        writer.EndArray().EndObject();
    }

    private static void WriteSuggestion(JsonTextWriter writer, Suggestion suggestion)
    {
        writer.StartObject();
        writer.Name("rank").Number(suggestion.Rank);
        writer.Name("contentId").String(suggestion.ContentId);
        writer.Name("title").String(suggestion.Title);
        writer.Name("url").String(suggestion.Url);
        writer.Name("kind").String(suggestion.Kind);
        writer.Name("audience").String(suggestion.Audience);
        writer.Name("score").Number(suggestion.Score);
        writer.StringArray("forRoles", suggestion.ForRoles);
        writer.Name("reasons").StartArray();
        foreach (var reason in suggestion.Reasons)
        {
            writer.StartObject();
            writer.Name("facet").String(FacetName(reason.Facet));
            writer.Name("value").String(reason.Value);
            writer.Name("text").String(reason.Text);
            writer.EndObject();
        }

        writer.EndArray().EndObject();
    }
}
