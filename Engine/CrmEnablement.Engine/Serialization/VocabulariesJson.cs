using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Engine.Json;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Engine.Serialization;

/// <summary>
/// The <c>vocabularies</c> part of settings: for each overridable facet, either a list of labels
/// (numbered in the publisher's range) or a list of <c>{ "label", "value", "aliases" }</c> terms.
/// </summary>
internal static class VocabulariesJson
{
    private static readonly Facet[] Overridable = ((Facet[])Enum.GetValues(typeof(Facet))).Where(VocabularySet.IsOverridable).ToArray();

    public static VocabularySet Read(JsonValue element, VocabularySet current, List<string> problems)
    {
        var keys = Overridable.Select(FacetNames.SettingsKey).ToArray();
        SettingsJson.CheckKeys(element, "vocabularies.", keys, problems);
        foreach (var facet in Overridable)
        {
            var key = FacetNames.SettingsKey(facet);
            if (!element.TryGet(key, out var list))
            {
                continue;
            }

            var path = $"vocabularies.{key}";
            if (!SettingsJson.Expect(list, path, JsonKind.Array, problems))
            {
                continue;
            }

            var terms = new List<VocabularyTerm>();
            var position = 0;
            foreach (var entry in list.Items)
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

    private static VocabularyTerm? Term(JsonValue entry, string path, int defaultValue, List<string> problems)
    {
        if (entry.Kind == JsonKind.String)
        {
            return new VocabularyTerm(entry.Text!, defaultValue);
        }

        if (entry.Kind != JsonKind.Object
            || !entry.TryGet("label", out var label) || label.Kind != JsonKind.String)
        {
            problems.Add($"{path} must be a label or {{ \"label\": \"…\", \"value\": 103720000, \"aliases\": [\"…\"] }}.");
            return null;
        }

        SettingsJson.CheckKeys(entry, path + ".", new[] { "label", "value", "aliases" }, problems);
        var value = defaultValue;
        if (entry.TryGet("value", out var number) && !(number.Kind == JsonKind.Number && number.TryGetInt32(out value)))
        {
            problems.Add($"{path}.value must be a whole number (the Dataverse option value).");
        }

        var aliases = new List<string>();
        if (entry.TryGet("aliases", out var list))
        {
            if (list.Kind == JsonKind.Array && list.Items.All(alias => alias.Kind == JsonKind.String))
            {
                aliases.AddRange(list.Items.Select(alias => alias.Text!));
            }
            else
            {
                problems.Add($"{path}.aliases must be an array of strings.");
            }
        }

        return new VocabularyTerm(label.Text!, value, aliases);
    }
}
