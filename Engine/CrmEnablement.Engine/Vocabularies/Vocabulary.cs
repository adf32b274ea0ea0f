using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmEnablement.Engine.Vocabularies;

/// <summary>
/// One facet's labels with their Dataverse option values. Lookups ignore case, extra white space
/// and <c>&amp;</c> versus <c>and</c>; each term's index (its position) is what the ranking bitsets use.
/// </summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, int> _indexByKey;

    /// <summary>Builds a vocabulary and checks that no two terms share a label, alias or value.</summary>
    /// <exception cref="ArgumentException">Two terms collide, or a label is empty.</exception>
    public Vocabulary(Facet facet, IEnumerable<VocabularyTerm> terms)
    {
        Facet = facet;
        Terms = terms.ToArray();
        _indexByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = new HashSet<int>();
        for (var index = 0; index < Terms.Count; index++)
        {
            var term = Terms[index];
            if (string.IsNullOrWhiteSpace(term.Label))
            {
                throw new ArgumentException($"The {FacetNames.Display(facet)} vocabulary has an empty label at position {index + 1}.");
            }

            if (!values.Add(term.Value))
            {
                throw new ArgumentException($"The {FacetNames.Display(facet)} vocabulary uses option value {term.Value} twice (again for '{term.Label}').");
            }

            foreach (var spelling in new[] { term.Label }.Concat(term.Aliases))
            {
                var key = LabelNormalizer.Normalize(spelling);
                if (_indexByKey.TryGetValue(key, out var existing) && existing != index)
                {
                    throw new ArgumentException($"The {FacetNames.Display(facet)} vocabulary has '{spelling}' for both '{Terms[existing].Label}' and '{term.Label}'.");
                }

                _indexByKey[key] = index;
            }
        }
    }

    /// <summary>The facet this vocabulary describes.</summary>
    public Facet Facet { get; }

    /// <summary>The terms in their display order.</summary>
    public IReadOnlyList<VocabularyTerm> Terms { get; }

    /// <summary>The number of terms.</summary>
    public int Count => Terms.Count;

    /// <summary>Finds the position of the term that <paramref name="label"/> spells.</summary>
    public bool TryGetIndex(string label, out int index) =>
        _indexByKey.TryGetValue(LabelNormalizer.Normalize(label), out index);

    /// <summary>Finds the term that <paramref name="label"/> spells.</summary>
    public bool TryGetTerm(string label, out VocabularyTerm term)
    {
        if (TryGetIndex(label, out var index))
        {
            term = Terms[index];
            return true;
        }

        term = null!;
        return false;
    }

    /// <summary>Finds the term with Dataverse option value <paramref name="value"/>.</summary>
    public bool TryGetByValue(int value, out VocabularyTerm term)
    {
        foreach (var candidate in Terms)
        {
            if (candidate.Value == value)
            {
                term = candidate;
                return true;
            }
        }

        term = null!;
        return false;
    }

    /// <summary>
    /// The label to suggest when <paramref name="label"/> is unknown: one that begins with it (or that
    /// it begins with) first, e.g. "Cost" → "Cost Reduction"; then one containing it; then the one
    /// sharing the most words; then the closest in spelling; ties go to the earlier term.
    /// </summary>
    public string Closest(string label)
    {
        var key = LabelNormalizer.Normalize(label);
        var words = Words(key);
        var best = Terms[0].Label;
        var bestFit = int.MaxValue;
        var bestShared = 0;
        var bestDistance = int.MaxValue;
        foreach (var term in Terms)
        {
            var candidate = LabelNormalizer.Normalize(term.Label);
            var fit = key.Length == 0 ? 2
                : candidate.StartsWith(key, StringComparison.Ordinal) || key.StartsWith(candidate, StringComparison.Ordinal) ? 0
                : candidate.Contains(key) || key.Contains(candidate) ? 1
                : 2;
            var shared = Words(candidate).Count(words.Contains);
            var distance = EditDistance.Between(key, candidate);
            if (fit < bestFit
                || (fit == bestFit && shared > bestShared)
                || (fit == bestFit && shared == bestShared && distance < bestDistance))
            {
                best = term.Label;
                bestFit = fit;
                bestShared = shared;
                bestDistance = distance;
            }
        }

        return best;
    }

    // Words of a normalised label that carry meaning ("and" joins, it does not describe).
    private static HashSet<string> Words(string normalized) =>
        new(normalized.Split(' ').Where(word => word.Length > 2 && word != "and"), StringComparer.Ordinal);
}
