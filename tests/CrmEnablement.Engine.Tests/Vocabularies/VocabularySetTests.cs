using System;
using System.Linq;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Engine.Tests.Vocabularies;

public class VocabularySetTests
{
    [TestCase(Facet.Audience)]
    [TestCase(Facet.Status)]
    public void With_FixedFacet_Throws(Facet facet)
    {
        var replacement = DefaultVocabularies.Numbered(facet, new[] { "One", "Two" });

        var error = Assert.Throws<ArgumentException>(() => VocabularySet.Default.With(replacement));

        Assert.That(error!.Message, Does.Contain("fixed"));
    }

    [TestCase(Facet.BuyerRole)]
    [TestCase(Facet.Phase)]
    [TestCase(Facet.SalesStage)]
    [TestCase(Facet.Challenge)]
    public void With_BitsetFacetOf64Labels_Throws(Facet facet)
    {
        var error = Assert.Throws<ArgumentException>(() => VocabularySet.Default.With(Labels(facet, 64)));

        Assert.That(error!.Message, Does.Contain("64 labels").And.Contain(VocabularySet.MaxBitsetLabels.ToString()));
    }

    [TestCase(Facet.BuyerRole)]
    [TestCase(Facet.Challenge)]
    public void With_BitsetFacetOf63Labels_Replaces(Facet facet)
    {
        var set = VocabularySet.Default.With(Labels(facet, 63));

        Assert.That(set[facet].Count, Is.EqualTo(63));
        Assert.That(set[facet].TryGetIndex("Label 63", out var last) && last == 62, Is.True);
    }

    [Test]
    public void With_IndustryOf100Labels_Replaces()
    {
        // Industries are not a bitset (an item holds a list of positions), so 63 is not their limit.
        var set = VocabularySet.Default.With(Labels(Facet.Industry, 100));

        Assert.That(set[Facet.Industry].Count, Is.EqualTo(100));
    }

    [Test]
    public void With_EmptyVocabulary_Throws()
    {
        Assert.Throws<ArgumentException>(() => VocabularySet.Default.With(Labels(Facet.Kind, 0)));
    }

    [Test]
    public void With_OverridableFacet_ReturnsCopyAndLeavesOriginal()
    {
        var stages = DefaultVocabularies.Numbered(Facet.SalesStage, new[] { "Lead", "Pitch" });

        var set = VocabularySet.Default.With(stages);

        Assert.That(set[Facet.SalesStage], Is.SameAs(stages));
        Assert.That(VocabularySet.Default[Facet.SalesStage].TryGetIndex("Qualify", out _), Is.True);
        Assert.That(set[Facet.Industry], Is.SameAs(VocabularySet.Default[Facet.Industry]));
    }

    private static Vocabulary Labels(Facet facet, int count) =>
        DefaultVocabularies.Numbered(facet, Enumerable.Range(1, count).Select(number => "Label " + number));
}
