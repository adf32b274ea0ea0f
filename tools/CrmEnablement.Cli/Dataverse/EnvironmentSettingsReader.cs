using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CrmEnablement.Plugins.Services;
using CrmEnablement.Engine.Settings;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>
/// Reads the settings the plugins rank with: the <c>cen_SuggestionSettings</c> environment variable's
/// value, else its default, else the engine's defaults. A value the engine refuses falls back to the
/// defaults with one warning, as the plugins do, so a report judges the environment the way it ranks.
/// </summary>
internal static class EnvironmentSettingsReader
{
    /// <summary>The environment variable's schema name.</summary>
    public const string SchemaName = CrmEnablement.Plugins.Dataverse.EnvironmentVariableSchema.Settings;

    /// <summary>The navigation property from a definition to its value rows.</summary>
    public const string ValuesNavigation = "environmentvariabledefinition_environmentvariablevalue";

    /// <summary>One GET: the definition's default with its current value expanded.</summary>
    public static string Query =>
        "environmentvariabledefinitions?$select=schemaname,defaultvalue&$filter=schemaname eq '" + SchemaName + "'"
        + "&$expand=" + ValuesNavigation + "($select=value)";

    /// <summary>The environment's settings; <paramref name="warnings"/> hears when its value cannot be used.</summary>
    /// <exception cref="ProtocolException">The answer is not the shape the Web API gives.</exception>
    public static async Task<EngineSettings> ReadAsync(DataverseClient client, TextWriter warnings, CancellationToken cancellationToken)
    {
        using var page = await client.GetJsonAsync(Query, cancellationToken).ConfigureAwait(false);

        // The plugins' own loader, so a report judges the environment with the settings it ranks with.
        return SettingsLoader.Load(Text(page.RootElement),
            (IReadOnlyList<string> problems) => warnings.WriteLine(CliMessages.EnvironmentSettingsInvalid(SchemaName, string.Join("; ", problems))));
    }

    private static string? Text(JsonElement root)
    {
        if (!root.TryGetProperty("value", out var rows) || rows.ValueKind != JsonValueKind.Array)
        {
            throw new ProtocolException(CliMessages.MalformedAnswer("reading " + SchemaName, "no value array"));
        }

        foreach (var definition in rows.EnumerateArray())
        {
            // The current value, else the default when there is no value or it is blank, as the plugins read it.
            if (definition.TryGetProperty(ValuesNavigation, out var values) && values.ValueKind == JsonValueKind.Array)
            {
                foreach (var value in values.EnumerateArray())
                {
                    if (value.TryGetProperty("value", out var text) && text.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(text.GetString()))
                    {
                        return text.GetString();
                    }
                }
            }

            return definition.TryGetProperty("defaultvalue", out var fallback) && fallback.ValueKind == JsonValueKind.String ? fallback.GetString() : null;
        }

        return null;
    }
}
