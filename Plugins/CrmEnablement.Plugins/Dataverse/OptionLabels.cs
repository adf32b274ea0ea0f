using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmEnablement.Engine.Vocabularies;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Dataverse;

/// <summary>Choice values ⇄ vocabulary labels.</summary>
public static class OptionLabels
{
    /// <summary>The label of a choice value; a value the vocabulary lacks becomes "#value", which matches nothing.</summary>
    public static string? Label(Vocabulary vocabulary, OptionSetValue? option) =>
        option is null ? null : Label(vocabulary, option.Value);

    /// <summary>The label of a choice value, or "#value" when the vocabulary lacks it.</summary>
    public static string Label(Vocabulary vocabulary, int value) =>
        vocabulary.TryGetByValue(value, out var term) ? term.Label : "#" + value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The labels of a multi-select value, in vocabulary order.</summary>
    public static IReadOnlyList<string> Labels(Vocabulary vocabulary, OptionSetValueCollection? options) =>
        options is null ? new string[0] : options.Select(option => Label(vocabulary, option.Value)).Distinct().ToArray();

    /// <summary>The choice value of a label, or null when the label is unknown.</summary>
    public static OptionSetValue? Option(Vocabulary vocabulary, string? label) =>
        label is not null && vocabulary.TryGetTerm(label, out var term) ? new OptionSetValue(term.Value) : null;

    /// <summary>The multi-select value of some labels (unknown labels are left out).</summary>
    public static OptionSetValueCollection Options(Vocabulary vocabulary, IEnumerable<string> labels)
    {
        var collection = new OptionSetValueCollection();
        foreach (var label in labels)
        {
            if (vocabulary.TryGetTerm(label, out var term))
            {
                collection.Add(new OptionSetValue(term.Value));
            }
        }

        return collection;
    }
}
