using System;
using System.Collections.Generic;

namespace CrmEnablement.Engine.Vocabularies;

/// <summary>Every facet's vocabulary. Immutable; replace a facet with <see cref="With"/>.</summary>
public sealed class VocabularySet
{
    /// <summary>The most labels a bitset facet (buyer role, phase, stage, challenge) may have; the 64th bit marks labels the vocabulary does not know.</summary>
    public const int MaxBitsetLabels = 63;

    private readonly Dictionary<Facet, Vocabulary> _byFacet;

    private VocabularySet(Dictionary<Facet, Vocabulary> byFacet)
    {
        _byFacet = byFacet;
    }

    /// <summary>The defaults of ARCHITECTURE.md §5.</summary>
    public static VocabularySet Default { get; } = new(new Dictionary<Facet, Vocabulary>
    {
        [Facet.Industry] = DefaultVocabularies.Numbered(Facet.Industry, DefaultVocabularies.Industries),
        [Facet.BuyerRole] = DefaultVocabularies.Numbered(Facet.BuyerRole, DefaultVocabularies.BuyerRoles),
        [Facet.Phase] = DefaultVocabularies.Numbered(Facet.Phase, DefaultVocabularies.Phases),
        [Facet.SalesStage] = DefaultVocabularies.Numbered(Facet.SalesStage, DefaultVocabularies.SalesStages),
        [Facet.Challenge] = DefaultVocabularies.Numbered(Facet.Challenge, DefaultVocabularies.Challenges),
        [Facet.Kind] = DefaultVocabularies.Numbered(Facet.Kind, DefaultVocabularies.Kinds),
        [Facet.Audience] = DefaultVocabularies.Audiences(),
        [Facet.Medium] = DefaultVocabularies.Numbered(Facet.Medium, DefaultVocabularies.Media),
        [Facet.Status] = DefaultVocabularies.Statuses(),
    });

    /// <summary>The vocabulary of <paramref name="facet"/>.</summary>
    public Vocabulary this[Facet facet] => _byFacet[facet];

    /// <summary>Whether settings may replace the vocabulary of <paramref name="facet"/>.</summary>
    public static bool IsOverridable(Facet facet) => facet != Facet.Audience && facet != Facet.Status;

    /// <summary>A copy with <paramref name="vocabulary"/> replacing its facet's vocabulary.</summary>
    /// <exception cref="ArgumentException">The facet is fixed, empty, or too large for a bitset.</exception>
    public VocabularySet With(Vocabulary vocabulary)
    {
        var facet = vocabulary.Facet;
        if (!IsOverridable(facet))
        {
            throw new ArgumentException($"The {FacetNames.Display(facet)} vocabulary is fixed and cannot be changed in settings.");
        }

        if (vocabulary.Count == 0)
        {
            throw new ArgumentException($"The {FacetNames.Display(facet)} vocabulary needs at least one label.");
        }

        if (UsesBitset(facet) && vocabulary.Count > MaxBitsetLabels)
        {
            throw new ArgumentException($"The {FacetNames.Display(facet)} vocabulary has {vocabulary.Count} labels; at most {MaxBitsetLabels} are supported.");
        }

        var copy = new Dictionary<Facet, Vocabulary>(_byFacet) { [facet] = vocabulary };
        return new VocabularySet(copy);
    }

    private static bool UsesBitset(Facet facet) =>
        facet == Facet.BuyerRole || facet == Facet.Phase || facet == Facet.SalesStage || facet == Facet.Challenge;
}
