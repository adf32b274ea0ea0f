using System.Collections.Generic;
using System.Text.Json;

namespace CrmEnablement.Cli.Tests.TestSupport;

/// <summary>Builds opportunities JSON; <see cref="Deal"/> matches every row of <see cref="CatalogCsvBuilder"/>.</summary>
internal static class OpportunitiesJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>An open Insurance deal at Qualify with an Economic Buyer and an Efficiency challenge.</summary>
    public static Dictionary<string, object?> Deal(string id) => new()
    {
        ["id"] = id,
        ["name"] = "Deal " + id,
        ["industry"] = "Insurance",
        ["salesStage"] = "Qualify",
        ["status"] = "Open",
        ["buyerRoles"] = new[] { "Economic Buyer" },
        ["challenges"] = new[] { "Efficiency" },
        ["language"] = "en",
    };

    /// <summary>A deal with <paramref name="field"/> set (or added) to <paramref name="value"/>.</summary>
    public static Dictionary<string, object?> Deal(string id, string field, object? value)
    {
        var deal = Deal(id);
        deal[field] = value;
        return deal;
    }

    /// <summary>The JSON array of <paramref name="deals"/>.</summary>
    public static string Of(params Dictionary<string, object?>[] deals) => JsonSerializer.Serialize(deals, Indented);
}
