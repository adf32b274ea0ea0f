using System.Globalization;

namespace CrmEnablement.Engine.Settings;

/// <summary>
/// Account <c>industrycode</c> option values → industry labels through the settings'
/// <see cref="EngineSettings.IndustryCodeMap"/>: the one mapping the plugins rank with and
/// <c>cen</c> reports with, so a report never disagrees with what reps are shown.
/// </summary>
public static class IndustryCodes
{
    /// <summary>True when <paramref name="code"/> has an entry in industryCodeMap; <paramref name="industry"/> is its label.</summary>
    public static bool TryGetIndustry(EngineSettings settings, int code, out string industry)
    {
        if (settings.IndustryCodeMap.TryGetValue(code, out var label))
        {
            industry = label;
            return true;
        }

        industry = "";
        return false;
    }

    /// <summary>
    /// The industry of an account with <paramref name="code"/>: null when it has none, the mapped
    /// label, or "industry code N" for a value the map lacks — a customised choice value that
    /// reaches the ranker as an unknown label, which warns and falls back to industry-generic content.
    /// </summary>
    public static string? Industry(EngineSettings settings, int? code)
    {
        if (code is not { } value)
        {
            return null;
        }

        return TryGetIndustry(settings, value, out var label) ? label : "industry code " + value.ToString(CultureInfo.InvariantCulture);
    }
}
