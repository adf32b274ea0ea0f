using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace CrmEnablement.Cli.Tests.TestSupport;

/// <summary>Reads the JSON that <c>cen recommend</c> writes.</summary>
internal static class SuggestionsJson
{
    /// <summary>The <c>opportunities</c> entries of <paramref name="document"/>, in output order.</summary>
    public static IReadOnlyList<JsonElement> Opportunities(JsonDocument document) =>
        document.RootElement.GetProperty("opportunities").EnumerateArray().ToArray();

    public static JsonElement Opportunity(JsonDocument document, string id) =>
        Opportunities(document).Single(entry => entry.GetProperty("id").GetString() == id);

    public static IReadOnlyList<JsonElement> Suggestions(JsonElement opportunity) =>
        opportunity.GetProperty("suggestions").EnumerateArray().ToArray();

    public static IReadOnlyList<string> SuggestedIds(JsonElement opportunity) =>
        Suggestions(opportunity).Select(suggestion => suggestion.GetProperty("contentId").GetString()!).ToArray();

    public static IReadOnlyList<string> Warnings(JsonElement opportunity) =>
        opportunity.GetProperty("warnings").EnumerateArray().Select(warning => warning.GetString()!).ToArray();

    public static IReadOnlyList<string> BuyerRoles(JsonElement opportunity) =>
        opportunity.GetProperty("buyerRoles").EnumerateArray().Select(role => role.GetString()!).ToArray();

    /// <summary>True when <paramref name="text"/> is a suggestions JSON document rather than, say, a table.</summary>
    public static bool IsSuggestions(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.TryGetProperty("opportunities", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The property names of <paramref name="element"/>, in document order.</summary>
    public static IReadOnlyList<string> Keys(JsonElement element) => element.EnumerateObject().Select(property => property.Name).ToArray();
}
