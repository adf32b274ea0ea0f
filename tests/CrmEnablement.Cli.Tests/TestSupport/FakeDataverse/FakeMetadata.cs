using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace CrmEnablement.Cli.Tests.TestSupport.FakeDataverse;

/// <summary>Metadata answers shaped like Dataverse's (only the properties <c>cen</c> reads, plus a few around them).</summary>
internal static class FakeMetadata
{
    /// <summary>A <c>GlobalOptionSetDefinitions(Name='…')</c> answer.</summary>
    public static JsonObject OptionSet(string name, IReadOnlyList<(int Value, string Label)> options) => new()
    {
        ["@odata.context"] = "$metadata#GlobalOptionSetDefinitions/$entity",
        ["@odata.type"] = "#Microsoft.Dynamics.CRM.OptionSetMetadata",
        ["Name"] = name,
        ["Options"] = new JsonArray(options.Select(option => (JsonNode)new JsonObject
        {
            ["Value"] = option.Value,
            ["Label"] = new JsonObject
            {
                ["LocalizedLabels"] = new JsonArray(new JsonObject { ["Label"] = option.Label, ["LanguageCode"] = 1033 }),
                ["UserLocalizedLabel"] = new JsonObject { ["Label"] = option.Label, ["LanguageCode"] = 1033 },
            },
        }).ToArray()),
    };
}
