using System;
using System.Text.RegularExpressions;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Cli.Sandbox;

/// <summary>
/// Reads the Web API's record references: <c>/opportunities(00000000-…)</c> and alternate-key
/// references such as <c>/cen_enablementcontents(cen_externalid='CNT-0001')</c> (quotes doubled
/// inside the value).
/// </summary>
internal static class ODataBind
{
    /// <summary>The suffix of a lookup written in a create body.</summary>
    public const string Suffix = "@odata.bind";

    private static readonly Regex Reference = new(
        @"^/?(?<set>[A-Za-z_][A-Za-z0-9_]*)\((?:(?<id>\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}?)|(?<key>[A-Za-z_][A-Za-z0-9_]*)='(?<value>(?:[^']|'')*)')\)$",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The record <paramref name="text"/> names.</summary>
    /// <exception cref="WebApiRequestException">Not a reference to a known table.</exception>
    public static EntityReference Parse(string text)
    {
        var match = Reference.Match(text.Trim());
        if (!match.Success)
        {
            throw new WebApiRequestException($"'{text}' is not a record reference; expected /entityset(id) or /entityset(key='value').");
        }

        var set = match.Groups["set"].Value;
        var table = EntitySets.Table(set) ?? throw new WebApiRequestException($"'{set}' is not an entity set the sandbox knows.");
        return match.Groups["id"].Success
            ? new EntityReference(table, Guid.Parse(match.Groups["id"].Value))
            : new EntityReference(table, match.Groups["key"].Value, match.Groups["value"].Value.Replace("''", "'", StringComparison.Ordinal));
    }
}
