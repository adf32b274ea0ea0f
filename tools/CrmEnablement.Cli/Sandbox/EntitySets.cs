using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmEnablement.Cli.Sandbox;

/// <summary>Web API entity set names ⇄ table logical names, for the tables the panel touches.</summary>
internal static class EntitySets
{
    private static readonly Dictionary<string, string> TableBySet = new(StringComparer.OrdinalIgnoreCase)
    {
        ["opportunities"] = "opportunity",
        ["accounts"] = "account",
        ["contacts"] = "contact",
        ["systemusers"] = "systemuser",
        ["connections"] = "connection",
        ["connectionroles"] = "connectionrole",
        ["cen_enablementcontents"] = "cen_enablementcontent",
        ["cen_contentsuggestions"] = "cen_contentsuggestion",
        ["cen_contentinteractions"] = "cen_contentinteraction",
    };

    /// <summary>The table of an entity set; null when the sandbox does not know it.</summary>
    public static string? Table(string entitySet) => TableBySet.TryGetValue(entitySet, out var table) ? table : null;

    /// <summary>The entity set of a table.</summary>
    public static string Set(string table) =>
        TableBySet.FirstOrDefault(pair => string.Equals(pair.Value, table, StringComparison.OrdinalIgnoreCase)).Key ?? table + "s";
}
