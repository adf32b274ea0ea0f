using System;
using System.Text.Json.Nodes;

namespace CrmEnablement.Cli.Tests.TestSupport.FakeDataverse;

/// <summary>The fake's environment variable definitions (cen_SuggestionSettings), as the Web API answers them.</summary>
internal sealed partial class FakeDataverse
{
    private FakeResponse EnvironmentVariable(string pathAndQuery)
    {
        var query = Uri.UnescapeDataString(pathAndQuery);
        var rows = new JsonArray();
        var (fallback, value) = SuggestionSettings;
        if (query.Contains("schemaname eq 'cen_SuggestionSettings'", StringComparison.Ordinal) && (fallback is not null || value is not null))
        {
            var values = new JsonArray();
            if (value is not null)
            {
                values.Add(new JsonObject { ["value"] = value });
            }

            var definition = new JsonObject { ["schemaname"] = "cen_SuggestionSettings", ["defaultvalue"] = fallback };
            if (query.Contains("$expand=environmentvariabledefinition_environmentvariablevalue(", StringComparison.Ordinal))
            {
                definition["environmentvariabledefinition_environmentvariablevalue"] = values;
            }

            rows.Add(definition);
        }

        return FakeResponse.Json(new JsonObject { ["value"] = rows });
    }
}
