using CrmEnablement.Cli.Commands;
using CrmEnablement.Cli.IO;
using CrmEnablement.Engine.Settings;

namespace CrmEnablement.Cli.Sandbox;

/// <summary>
/// Reads the sandbox's files with the same readers, rules and messages as <c>cen recommend</c>:
/// any problem is an <see cref="InputException"/> (exit 2) and nothing starts.
/// </summary>
public static class SandboxInputs
{
    /// <summary>Reads and validates the files.</summary>
    /// <param name="catalogPath">The catalogue CSV.</param>
    /// <param name="opportunitiesPath">The opportunities JSON.</param>
    /// <param name="settingsPath">The settings JSON, or null for the defaults.</param>
    /// <exception cref="InputException">A file is missing, unreadable or invalid.</exception>
    public static SandboxData Load(string catalogPath, string opportunitiesPath, string? settingsPath)
    {
        var settings = settingsPath is null ? EngineSettings.Default : SettingsJsonReader.Read(settingsPath);
        var settingsJson = settingsPath is null ? null : InputFile.ReadText(settingsPath, "settings file");
        var catalog = ReportInputs.CatalogFromFile(catalogPath, settings);
        var deals = OpportunitiesJsonReader.Read(opportunitiesPath);
        return new SandboxData(catalog, deals, settings, settingsJson);
    }
}
