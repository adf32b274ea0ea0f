using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CrmEnablement.Cli.Dataverse;

namespace CrmEnablement.Cli.Tests.TestSupport.FakeDataverse;

/// <summary>
/// The part of OData queries on <c>cen_enablementcontents</c> the fake understands: <c>$select</c>,
/// <c>$expand</c> of the related training, <c>$filter</c> with <c>Microsoft.Dynamics.CRM.In</c> on the
/// external id, <c>$orderby</c>, and paging with <c>Prefer: odata.maxpagesize</c> and a skip token.
/// Anything else is a 400, as Dataverse answers a query it cannot parse.
/// </summary>
internal static class FakeQuery
{
    private static readonly Regex InFilter = new(@"^Microsoft\.Dynamics\.CRM\.In\(PropertyName='cen_externalid',PropertyValues=\[(?<values>.*)\]\)$");
    private static readonly Regex Literal = new("'((?:[^']|'')*)'");

    public static FakeResponse Run(FakeDataverse fake, FakeContentStore store, string pathAndQuery, IReadOnlyDictionary<string, string> headers, string apiBase)
    {
        var question = pathAndQuery.IndexOf('?');
        var options = (question < 0 ? "" : pathAndQuery.Substring(question + 1)).Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => Uri.UnescapeDataString(pair[0]), pair => pair.Length > 1 ? Uri.UnescapeDataString(pair[1]) : "");
        var columns = options.TryGetValue("$select", out var select) ? select.Split(',') : ContentColumns.Selected.ToArray();
        var unknown = columns.FirstOrDefault(column => !ContentColumns.Selected.Contains(column));
        if (unknown is not null)
        {
            return FakeResponse.Error(400, "Bad Request", "0x80060888", $"Could not find a property named '{unknown}' on type 'Microsoft.Dynamics.CRM.{ContentColumns.Table}'.");
        }

        ISet<string>? ids = null;
        if (options.TryGetValue("$filter", out var filter))
        {
            var match = InFilter.Match(filter);
            if (!match.Success)
            {
                return FakeResponse.Error(400, "Bad Request", "0x80060888", "The query specified in the URI is not valid.");
            }

            ids = new HashSet<string>(Literal.Matches(match.Groups["values"].Value).Select(value => value.Groups[1].Value.Replace("''", "'")), StringComparer.OrdinalIgnoreCase);
        }

        var expand = options.TryGetValue("$expand", out var expandText) && expandText.StartsWith(ContentColumns.RelatedTrainingNavigation, StringComparison.Ordinal);
        List<JsonObject> rows;
        lock (store.Gate)
        {
            rows = store.Select(ids, columns, expand);
        }

        var skip = options.TryGetValue("$skiptoken", out var token) ? int.Parse(token) : 0;
        var pageSize = headers.TryGetValue("Prefer", out var prefer) && prefer.StartsWith("odata.maxpagesize=", StringComparison.Ordinal)
            ? int.Parse(prefer.Substring("odata.maxpagesize=".Length))
            : 5000;
        pageSize = Math.Min(pageSize, fake.MaxPageSize);
        var page = new JsonArray(rows.Skip(skip).Take(pageSize).Select(row => (JsonNode)row).ToArray());
        var body = new JsonObject { ["@odata.context"] = apiBase + "$metadata#" + ContentColumns.EntitySet, ["value"] = page };
        if (skip + pageSize < rows.Count)
        {
            var rest = string.Join("&", options.Where(pair => pair.Key != "$skiptoken").Select(pair => pair.Key + "=" + Uri.EscapeDataString(pair.Value)));
            body["@odata.nextLink"] = apiBase + ContentColumns.EntitySet + "?" + rest + "&$skiptoken=" + (skip + pageSize);
        }

        return FakeResponse.Json(body);
    }
}
