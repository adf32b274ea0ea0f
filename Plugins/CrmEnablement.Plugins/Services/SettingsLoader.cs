using System;
using System.Collections.Generic;
using CrmEnablement.Engine.Serialization;
using CrmEnablement.Engine.Settings;
using CrmEnablement.Plugins.Infrastructure;

namespace CrmEnablement.Plugins.Services;

/// <summary>
/// Settings from the <c>cen_SuggestionSettings</c> environment variable. A bad value never fails a
/// rep's save or view: the defaults are used and one trace line names the problem.
/// </summary>
public static class SettingsLoader
{
    /// <summary>The settings in <paramref name="json"/>, or the defaults when unset or invalid.</summary>
    public static EngineSettings Load(string? json, Action<string> trace) =>
        Load(json, (IReadOnlyList<string> problems) => trace(PluginTexts.BadSettings(string.Join(" ", problems))));

    /// <summary>As <see cref="Load(string?, Action{string})"/>, telling <paramref name="invalid"/> the problems of an invalid value.</summary>
    public static EngineSettings Load(string? json, Action<IReadOnlyList<string>> invalid)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return EngineSettings.Default;
        }

        if (SettingsJson.TryRead(json!, out var settings, out var problems))
        {
            return settings;
        }

        invalid(problems);
        return EngineSettings.Default;
    }
}
