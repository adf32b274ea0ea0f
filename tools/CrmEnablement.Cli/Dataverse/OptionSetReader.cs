using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>Reads the options (value and label) of a global choice (option set) from the environment's metadata.</summary>
internal static class OptionSetReader
{
    /// <summary>The account industries choice (often customised).</summary>
    public const string AccountIndustries = "account_industrycode";

    /// <summary>The opportunity sales stage choice (0 Qualify … 3 Close out of the box).</summary>
    public const string OpportunitySalesStages = "opportunity_salesstage";

    /// <summary>
    /// <paramref name="name"/>'s options in option order, each with its value and its user-language
    /// label (else its first localized label, else empty): the value is what rows hold and what the
    /// plugins map, so an option without a label still counts.
    /// </summary>
    /// <exception cref="ProtocolException">The answer has no options array, or an option has no whole-number value.</exception>
    public static async Task<IReadOnlyList<ChoiceOption>> ReadOptionsAsync(DataverseClient client, string name, CancellationToken cancellationToken)
    {
        using var document = await client.GetJsonAsync($"GlobalOptionSetDefinitions(Name='{ODataLiteral.Escape(name)}')", cancellationToken).ConfigureAwait(false);
        if (!document.RootElement.TryGetProperty("Options", out var options) || options.ValueKind != JsonValueKind.Array)
        {
            throw new ProtocolException(CliMessages.MalformedAnswer(name, "no 'Options' array"));
        }

        return options.EnumerateArray().Select(option => new ChoiceOption(Value(option, name), Label(option))).ToArray();
    }

    private static int Value(JsonElement option, string name) =>
        option.TryGetProperty("Value", out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw new ProtocolException(CliMessages.MalformedAnswer(name, "an option without a whole-number 'Value'"));

    private static string Label(JsonElement option)
    {
        if (!option.TryGetProperty("Label", out var label) || label.ValueKind != JsonValueKind.Object)
        {
            return "";
        }

        if (label.TryGetProperty("UserLocalizedLabel", out var user) && Text(user) is { Length: > 0 } text)
        {
            return text;
        }

        return label.TryGetProperty("LocalizedLabels", out var all) && all.ValueKind == JsonValueKind.Array
            ? all.EnumerateArray().Select(Text).FirstOrDefault(localized => localized is { Length: > 0 }) ?? ""
            : "";
    }

    private static string? Text(JsonElement localized) =>
        localized.ValueKind == JsonValueKind.Object && localized.TryGetProperty("Label", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;
}
