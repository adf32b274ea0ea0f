using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Cli.IO;

/// <summary>
/// The <c>vocabularies</c> part of settings: for each overridable facet, either a list of labels
/// (numbered in the publisher's range) or a list of <c>{ "label", "value", "aliases" }</c> terms.
/// </summary>
internal static class VocabulariesJson
{
    private static readonly Facet[] Overridable = Enum.GetValues<Facet>().Where(VocabularySet.IsOverridable).ToArray();

    public static VocabularySet Read(JsonElement element, VocabularySet current, List<string> problems)
    {
        var keys = Overridable.Select(FacetNames.SettingsKey).ToArray();
        SettingsJsonReader.CheckKeys(element, "vocabularies.", keys, problems);
        foreach (var facet in Overridable)
        {
            var key = FacetNames.SettingsKey(facet);
            if (!element.TryGetProperty(key, out var list))
            {
                continue;
            }

            var path = $"vocabularies.{key}";
            if (!SettingsJsonReader.Expect(list, path, JsonValueKind.Array, problems))
            {
                continue;
            }

            var terms = new List<VocabularyTerm>();
            var position = 0;
            foreach (var entry in list.EnumerateArray())
            {
                var term = Term(entry, $"{path}[{position}]", DefaultVocabularies.FirstOptionValue + position, problems);
                if (term is not null)
                {
                    terms.Add(term);
                }

                position++;
            }

            try
            {
                current = current.With(new Vocabulary(facet, terms));
            }
            catch (ArgumentException error)
            {
                problems.Add($"{path}: {error.Message}");
            }
        }

        return current;
    }

    private static VocabularyTerm? Term(JsonElement entry, string path, int defaultValue, List<string> problems)
    {
        if (entry.ValueKind == JsonValueKind.String)
        {
            return new VocabularyTerm(entry.GetString()!, defaultValue);
        }

        if (entry.ValueKind != JsonValueKind.Object
            || !entry.TryGetProperty("label", out var label) || label.ValueKind != JsonValueKind.String)
        {
            problems.Add($"{path} must be a label or {{ \"label\": \"…\", \"value\": 103720000, \"aliases\": [\"…\"] }}.");
            return null;
        }

        SettingsJsonReader.CheckKeys(entry, path + ".", new[] { "label", "value", "aliases" }, problems);
        var value = defaultValue;
        if (entry.TryGetProperty("value", out var number) && !(number.ValueKind == JsonValueKind.Number && number.TryGetInt32(out value)))
        {
            problems.Add($"{path}.value must be a whole number (the Dataverse option value).");
        }

        var aliases = new List<string>();
        if (entry.TryGetProperty("aliases", out var list))
        {
            if (list.ValueKind == JsonValueKind.Array && list.EnumerateArray().All(alias => alias.ValueKind == JsonValueKind.String))
            {
                aliases.AddRange(list.EnumerateArray().Select(alias => alias.GetString()!));
            }
            else
            {
                problems.Add($"{path}.aliases must be an array of strings.");
            }
        }

        return new VocabularyTerm(label.GetString()!, value, aliases);
    }
}
