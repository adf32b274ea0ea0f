using System.Linq;
using CrmEnablement.Engine.Serialization;
using CrmEnablement.Engine.Settings;

namespace CrmEnablement.Cli.IO;

/// <summary>
/// Reads a settings file with the engine's settings reader (the one the plugins use for the
/// <c>cen_SuggestionSettings</c> environment variable), naming the file in every message.
/// </summary>
public static class SettingsJsonReader
{
    private const string LinePrefix = "line ";

    /// <summary>Reads and validates the settings file at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">Missing, unreadable, malformed or invalid settings.</exception>
    public static EngineSettings Read(string path) => Parse(path, InputFile.ReadText(path, "settings file"));

    /// <summary>Parses and validates settings JSON; <paramref name="source"/> names it in messages.</summary>
    /// <exception cref="InputException">Malformed or invalid settings.</exception>
    public static EngineSettings Parse(string source, string json)
    {
        if (SettingsJson.TryRead(json, out var settings, out var problems))
        {
            return settings;
        }

        // A syntax problem comes as "line N: …" and reads best as "FILE:N: …".
        throw new InputException(problems
            .Select(problem => problem.StartsWith(LinePrefix, System.StringComparison.Ordinal)
                ? $"{source}:{problem.Substring(LinePrefix.Length)}"
                : $"{source}: {problem}")
            .ToArray());
    }
}
