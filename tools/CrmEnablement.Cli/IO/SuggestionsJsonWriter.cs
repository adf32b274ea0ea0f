using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using CrmEnablement.Engine.Ranking;

namespace CrmEnablement.Cli.IO;

/// <summary>
/// Writes suggestions JSON with a fixed key order, UTF-8 without BOM and LF line ends, so the same
/// inputs always give the same bytes.
/// </summary>
public static class SuggestionsJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // A data file, not a script block: letters of every script and punctuation stay readable; the web resource renders with textContent.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The JSON document's bytes, ending with a line feed.</summary>
    public static byte[] Write(DateTime asOf, IReadOnlyList<OpportunityRanking> rankings)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("asOf", asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            writer.WriteStartArray("opportunities");
            foreach (var ranking in rankings)
            {
                WriteRanking(writer, ranking);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteRanking(Utf8JsonWriter writer, OpportunityRanking ranking)
    {
        writer.WriteStartObject();
        writer.WriteString("id", ranking.OpportunityId);
        writer.WriteString("phase", ranking.Phase);
        writer.WriteStartArray("warnings");
        foreach (var warning in ranking.Warnings)
        {
            writer.WriteStringValue(warning);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("suggestions");
        foreach (var suggestion in ranking.Suggestions)
        {
            WriteSuggestion(writer, suggestion);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteSuggestion(Utf8JsonWriter writer, Suggestion suggestion)
    {
        writer.WriteStartObject();
        writer.WriteNumber("rank", suggestion.Rank);
        writer.WriteString("contentId", suggestion.ContentId);
        writer.WriteString("title", suggestion.Title);
        writer.WriteString("url", suggestion.Url);
        writer.WriteString("kind", suggestion.Kind);
        writer.WriteString("audience", suggestion.Audience);
        writer.WriteNumber("score", suggestion.Score);
        writer.WriteStartArray("forRoles");
        foreach (var role in suggestion.ForRoles)
        {
            writer.WriteStringValue(role);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("reasons");
        foreach (var reason in suggestion.Reasons)
        {
            writer.WriteStartObject();
            writer.WriteString("facet", FacetName(reason.Facet));
            writer.WriteString("value", reason.Value);
            writer.WriteString("text", reason.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The facet as it appears in JSON: camel case, e.g. "buyerRole".</summary>
    public static string FacetName(ReasonFacet facet)
    {
        var name = facet.ToString();
        return char.ToLowerInvariant(name[0]) + name.Substring(1);
    }
}
