using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CrmEnablement.Cli.Tests.TestSupport.FakeDataverse;

/// <summary>
/// Rows of another table (suggestions, interactions, opportunities), stored already shaped as the
/// Web API returns them (lookups as <c>_x_value</c>, formatted-value annotations, expanded parents);
/// a query may filter with <c>Microsoft.Dynamics.CRM.In</c> on one column. One page.
/// </summary>
internal static class FakeTable
{
    private static readonly Regex InFilter = new(@"Microsoft\.Dynamics\.CRM\.In\(PropertyName='(?<column>[^']+)',PropertyValues=\[(?<values>.*)\]\)");
    private static readonly Regex Literal = new("'((?:[^']|'')*)'");

    public static FakeResponse Query(IReadOnlyList<JsonObject> rows, string pathAndQuery, string apiBase, string entitySet)
    {
        var filter = pathAndQuery.Split('?').Skip(1).SelectMany(query => query.Split('&')).Select(Uri.UnescapeDataString)
            .FirstOrDefault(option => option.StartsWith("$filter=", StringComparison.Ordinal));
        IEnumerable<JsonObject> selected = rows;
        if (filter is not null)
        {
            var match = InFilter.Match(filter);
            if (!match.Success)
            {
                return FakeResponse.Error(400, "Bad Request", "0x80060888", "The query specified in the URI is not valid.");
            }

            var column = match.Groups["column"].Value;
            var values = Literal.Matches(match.Groups["values"].Value).Select(value => value.Groups[1].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
            selected = rows.Where(row => row[column]?.ToString() is { } value && values.Contains(value));
        }

        return FakeResponse.Json(new JsonObject
        {
            ["@odata.context"] = apiBase + "$metadata#" + entitySet,
            ["value"] = new JsonArray(selected.Select(row => (JsonNode)row.DeepClone()).ToArray()),
        });
    }
}
