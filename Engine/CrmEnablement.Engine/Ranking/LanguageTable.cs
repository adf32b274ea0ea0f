using System;
using System.Collections.Generic;

namespace CrmEnablement.Engine.Ranking;

/// <summary>Numbers the language codes a catalogue uses; 0 means "any language".</summary>
internal sealed class LanguageTable
{
    /// <summary>A language no item uses.</summary>
    public const int Unused = -1;

    private readonly Dictionary<string, int> _ids = new(StringComparer.OrdinalIgnoreCase);

    public LanguageTable(IEnumerable<string?> languages)
    {
        foreach (var language in languages)
        {
            if (!string.IsNullOrWhiteSpace(language) && !_ids.ContainsKey(language!.Trim()))
            {
                _ids.Add(language.Trim(), _ids.Count + 1);
            }
        }
    }

    public int IdOf(string? language) =>
        string.IsNullOrWhiteSpace(language) ? 0 : _ids.TryGetValue(language!.Trim(), out var id) ? id : Unused;

    /// <summary>The id of a code's primary language ("de" for "de-CH").</summary>
    public int PrimaryIdOf(string language)
    {
        var dash = language.IndexOf('-');
        return dash > 0 ? IdOf(language.Substring(0, dash)) : IdOf(language);
    }
}
