using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CrmEnablement.Cli.Analytics;
using CrmEnablement.Engine.Settings;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>
/// Reads what <c>cen analytics --url</c> needs: every suggestion (as a "suggested" interaction),
/// every interaction, and for their deals the outcome (won/lost state) and the industry. Phase, stage
/// and user come from the Web API's formatted-value annotations, so renamed choices read as shown; the
/// industry is decided as the plugins decide it: the parent account's <c>industrycode</c> value, else
/// the customer account's, through the settings' industryCodeMap.
/// </summary>
internal static class InteractionReader
{
    private const string Prefer = "odata.maxpagesize=5000,odata.include-annotations=\"OData.Community.Display.V1.FormattedValue\"";

    /// <summary>The interactions; <paramref name="contentIds"/> maps content row ids to catalogue ids, <paramref name="settings"/> industry values to industries.</summary>
    public static async Task<IReadOnlyList<Interaction>> ReadAsync(DataverseClient client, IReadOnlyDictionary<string, string> contentIds, EngineSettings settings,
        CancellationToken cancellationToken)
    {
        var suggestions = await ReadAllAsync(client, InteractionTables.SuggestionSet + "?$select=" + string.Join(",",
            InteractionTables.OpportunityValue, InteractionTables.ContentValue, InteractionTables.Phase, InteractionTables.SalesStage, InteractionTables.FirstSuggestedOn), cancellationToken).ConfigureAwait(false);
        var interactions = await ReadAllAsync(client, InteractionTables.InteractionSet + "?$select=" + string.Join(",",
            InteractionTables.OpportunityValue, InteractionTables.ContentValue, InteractionTables.Action, InteractionTables.Phase, InteractionTables.SalesStage,
            InteractionTables.UserValue, InteractionTables.On), cancellationToken).ConfigureAwait(false);
        var deals = await ReadDealsAsync(client, settings, suggestions.Concat(interactions).Select(row => Text(row, InteractionTables.OpportunityValue)).OfType<string>().Distinct().ToArray(), cancellationToken).ConfigureAwait(false);

        Interaction Make(JsonElement row, InteractionAction action, string onColumn)
        {
            var deal = Text(row, InteractionTables.OpportunityValue) ?? "";
            deals.TryGetValue(deal, out var facts);
            var content = Text(row, InteractionTables.ContentValue) is { } id && contentIds.TryGetValue(id, out var external) ? external : "";
            var on = DateTime.TryParse(Text(row, onColumn), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var when) ? when : DateTime.MinValue;
            return new Interaction(on, deal, content, action, Label(row, InteractionTables.UserValue), Label(row, InteractionTables.Phase),
                Label(row, InteractionTables.SalesStage), facts.Industry ?? "", facts.Outcome);
        }

        var result = suggestions.Select(row => Make(row, InteractionAction.Suggested, InteractionTables.FirstSuggestedOn)).ToList();
        foreach (var row in interactions)
        {
            if (int.TryParse(Text(row, InteractionTables.Action), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                && InteractionTables.Actions.TryGetValue(value, out var action))
            {
                result.Add(Make(row, action, InteractionTables.On));
            }
        }

        return result;
    }

    private static async Task<List<JsonElement>> ReadAllAsync(DataverseClient client, string query, CancellationToken cancellationToken)
    {
        var rows = new List<JsonElement>();
        string? next = query;
        while (next is not null)
        {
            using var page = await client.GetJsonAsync(next, cancellationToken, Prefer).ConfigureAwait(false);
            rows.AddRange(Values(page.RootElement, next));
            next = page.RootElement.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
        }

        return rows;
    }

    private static async Task<Dictionary<string, (string? Industry, string? Outcome)>> ReadDealsAsync(DataverseClient client, EngineSettings settings, IReadOnlyList<string> ids,
        CancellationToken cancellationToken)
    {
        var deals = new Dictionary<string, (string?, string?)>(StringComparer.OrdinalIgnoreCase);
        var queries = ids.Chunk(ContentReader.IdsPerQuery).Select(chunk => new BatchOperation(HttpMethod.Get,
            InteractionTables.OpportunitySet + "?$select=" + InteractionTables.OpportunityId + "," + InteractionTables.OpportunityState
            + "&$expand=" + InteractionTables.ParentAccount + "($select=" + InteractionTables.IndustryCode + ")," + InteractionTables.CustomerAccount + "($select=" + InteractionTables.IndustryCode + ")"
            + "&$filter=Microsoft.Dynamics.CRM.In(PropertyName='" + InteractionTables.OpportunityId + "',PropertyValues=[" + string.Join(",", chunk.Select(id => "'" + ODataLiteral.Escape(id) + "'")) + "])",
            null, new Dictionary<string, string> { ["Prefer"] = Prefer })).ToArray();
        foreach (var batch in queries.Chunk(ContentReader.QueriesPerBatch))
        {
            foreach (var answer in (await BatchSender.SendAsync(client, batch, cancellationToken).ConfigureAwait(false)).SelectMany(part => part))
            {
                if (answer.Status != 200)
                {
                    throw new ProtocolException(CliMessages.RequestFailed("reading the deals", HttpStatusText.Of(answer.Status), ODataError.MessageOf(answer.Body)));
                }

                using var document = ParseDeals(answer.Body);
                foreach (var row in Values(document.RootElement, InteractionTables.OpportunitySet))
                {
                    var state = Text(row, InteractionTables.OpportunityState);
                    // The plugins' OpportunityReader takes the parent account's value, else the customer account's.
                    var code = IndustryCode(row, InteractionTables.ParentAccount) ?? IndustryCode(row, InteractionTables.CustomerAccount);
                    deals[Text(row, InteractionTables.OpportunityId) ?? ""] = (IndustryCodes.Industry(settings, code),
                        state == "1" ? InteractionColumns.Won : state == "2" ? InteractionColumns.Lost : null);
                }
            }
        }

        return deals;
    }

    private static JsonDocument ParseDeals(string body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException error)
        {
            throw new ProtocolException(CliMessages.MalformedAnswer("reading the deals", error.Message), error);
        }
    }

    private static IEnumerable<JsonElement> Values(JsonElement root, string what) =>
        root.TryGetProperty("value", out var rows) && rows.ValueKind == JsonValueKind.Array
            ? rows.EnumerateArray().Select(row => row.Clone()).ToArray()
            : throw new ProtocolException(CliMessages.MalformedAnswer(what, "no 'value' array"));

    private static string? Text(JsonElement row, string column) =>
        row.TryGetProperty(column, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    /// <summary>The <c>industrycode</c> value of the account expanded as <paramref name="navigation"/>, if it has one.</summary>
    private static int? IndustryCode(JsonElement deal, string navigation) =>
        deal.TryGetProperty(navigation, out var account) && account.ValueKind == JsonValueKind.Object
        && account.TryGetProperty(InteractionTables.IndustryCode, out var code) && code.ValueKind == JsonValueKind.Number && code.TryGetInt32(out var value)
            ? value
            : null;

    /// <summary>The formatted value (label or name) of a column, or its raw text.</summary>
    private static string Label(JsonElement row, string column) => Text(row, column + InteractionTables.FormattedValue) ?? Text(row, column) ?? "";
}
