using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>Reads the labels of a global choice (option set) from the environment's metadata.</summary>
internal static class OptionSetReader
{
    /// <summary>The account industries choice (often customised).</summary>
    public const string AccountIndustries = "account_industrycode";

    /// <summary>The opportunity sales stage choice (0 Qualify … 3 Close out of the box).</summary>
    public const string OpportunitySalesStages = "opportunity_salesstage";

    /// <summary>The user-language labels of <paramref name="name"/>'s options, in option order.</summary>
    public static async Task<IReadOnlyList<string>> ReadLabelsAsync(DataverseClient client, string name, CancellationToken cancellationToken)
    {
        using var document = await client.GetJsonAsync($"GlobalOptionSetDefinitions(Name='{ODataLiteral.Escape(name)}')", cancellationToken).ConfigureAwait(false);
        if (!document.RootElement.TryGetProperty("Options", out var options) || options.ValueKind != JsonValueKind.Array)
        {
            throw new ProtocolException(CliMessages.MalformedAnswer(name, "no 'Options' array"));
        }

        return options.EnumerateArray()
            .Select(option => option.TryGetProperty("Label", out var label) && label.TryGetProperty("UserLocalizedLabel", out var user) && user.ValueKind == JsonValueKind.Object
                && user.TryGetProperty("Label", out var text) ? text.GetString() : null)
            .Where(label => !string.IsNullOrEmpty(label))
            .Select(label => label!)
            .ToArray();
    }
}
