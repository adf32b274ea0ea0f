using System;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Engine.Tests.Vocabularies;

public class VocabularyTests
{
    private static Vocabulary Industries => VocabularySet.Default[Facet.Industry];

    [Test]
    public void TryGetTerm_CanonicalLabel_GivesPublisherNumberedOptionValue()
    {
        // "Insurance" is the 20th industrycode label, so position 19 after the publisher's first value.
        Assert.That(Industries.TryGetTerm("Insurance", out var term), Is.True);
        Assert.That(term.Value, Is.EqualTo(DefaultVocabularies.FirstOptionValue + 19));
    }

    [Test]
    public void TryGetByValue_OptionValue_GivesItsLabel()
    {
        Assert.That(Industries.TryGetByValue(DefaultVocabularies.FirstOptionValue + 19, out var term), Is.True);
        Assert.That(term.Label, Is.EqualTo("Insurance"));
    }

    [Test]
    public void TryGetByValue_UnknownValue_False()
    {
        Assert.That(Industries.TryGetByValue(DefaultVocabularies.FirstOptionValue + Industries.Count, out _), Is.False);
    }

    [TestCase("insurance")]
    [TestCase("INSURANCE")]
    [TestCase("iNsUrAnCe")]
    public void TryGetTerm_OtherCase_FindsTerm(string spelling)
    {
        Assert.That(Industries.TryGetTerm(spelling, out var term), Is.True);
        Assert.That(term.Label, Is.EqualTo("Insurance"));
    }

    [TestCase(Facet.Challenge, "Risk and Compliance", "Risk & Compliance")]
    [TestCase(Facet.Challenge, "risk&compliance", "Risk & Compliance")]
    [TestCase(Facet.Phase, "Implementation and Adoption", "Implementation & Adoption")]
    [TestCase(Facet.Industry, "Eating & Drinking Places", "Eating and Drinking Places")]
    public void TryGetTerm_AmpersandOrAnd_SameTerm(Facet facet, string spelling, string expected)
    {
        Assert.That(VocabularySet.Default[facet].TryGetTerm(spelling, out var term), Is.True);
        Assert.That(term.Label, Is.EqualTo(expected));
    }

    [TestCase("  Economic Buyer  ")]
    [TestCase("Economic    Buyer")]
    [TestCase("Economic\tBuyer")]
    public void TryGetTerm_ExtraWhiteSpace_FindsTerm(string spelling)
    {
        Assert.That(VocabularySet.Default[Facet.BuyerRole].TryGetTerm(spelling, out var term), Is.True);
        Assert.That(term.Label, Is.EqualTo("Economic Buyer"));
    }

    [TestCase("External")]
    [TestCase("customer-facing")]
    [TestCase("Client facing")]
    public void TryGetTerm_Alias_GivesCanonicalTerm(string alias)
    {
        Assert.That(VocabularySet.Default[Facet.Audience].TryGetTerm(alias, out var term), Is.True);
        Assert.That(term.Label, Is.EqualTo(AudienceLabels.ClientFacing));
    }

    [Test]
    public void TryGetIndex_AliasOfCustomVocabulary_GivesTermPosition()
    {
        var vocabulary = new Vocabulary(Facet.BuyerRole, new[]
        {
            new VocabularyTerm("Champion", 1),
            new VocabularyTerm("Economic Buyer", 2, new[] { "CFO", "Budget Holder" }),
        });

        Assert.That(vocabulary.TryGetIndex("budget holder", out var index), Is.True);
        Assert.That(index, Is.EqualTo(1));
    }

    [Test]
    public void TryGetTerm_UnknownLabel_False()
    {
        Assert.That(Industries.TryGetTerm("Space Tourism", out _), Is.False);
    }

    [TestCase(Facet.Industry, "Insurence", "Insurance")]
    [TestCase(Facet.BuyerRole, "economic buyr", "Economic Buyer")]
    [TestCase(Facet.Phase, "Buyng", "Buying")]
    [TestCase(Facet.Challenge, "Risk and Complience", "Risk & Compliance")]
    [TestCase(Facet.Challenge, "Cost", "Cost Reduction")]
    [TestCase(Facet.Challenge, "reduction", "Cost Reduction")]
    [TestCase(Facet.BuyerRole, "Buyer", "Economic Buyer")]
    [TestCase(Facet.Kind, "Battlecard", "Competitive Battlecard")]
    [TestCase(Facet.Kind, "ROI", "ROI Model")]
    public void Closest_Misspelling_SuggestsNearestLabel(Facet facet, string misspelled, string expected)
    {
        Assert.That(VocabularySet.Default[facet].Closest(misspelled), Is.EqualTo(expected));
    }

    [TestCase("Growth", "growth")]
    [TestCase("Risk & Compliance", "Risk and Compliance")]
    [TestCase("Cost Reduction", " cost  reduction ")]
    public void Constructor_SameLabelTwice_Throws(string first, string second)
    {
        var terms = new[] { new VocabularyTerm(first, 1), new VocabularyTerm(second, 2) };

        var error = Assert.Throws<ArgumentException>(() => _ = new Vocabulary(Facet.Challenge, terms));

        Assert.That(error!.Message, Does.Contain("customer challenge"));
    }

    [Test]
    public void Constructor_AliasOfOneTermIsLabelOfAnother_Throws()
    {
        var terms = new[] { new VocabularyTerm("Growth", 1), new VocabularyTerm("Expansion", 2, new[] { "GROWTH" }) };

        Assert.Throws<ArgumentException>(() => _ = new Vocabulary(Facet.Challenge, terms));
    }

    [Test]
    public void Constructor_SameOptionValueTwice_Throws()
    {
        var terms = new[] { new VocabularyTerm("Growth", 7), new VocabularyTerm("Efficiency", 7) };

        var error = Assert.Throws<ArgumentException>(() => _ = new Vocabulary(Facet.Challenge, terms));

        Assert.That(error!.Message, Does.Contain("option value 7"));
    }

    [Test]
    public void Constructor_EmptyLabel_Throws()
    {
        var terms = new[] { new VocabularyTerm("Growth", 1), new VocabularyTerm(" ", 2) };

        Assert.Throws<ArgumentException>(() => _ = new Vocabulary(Facet.Challenge, terms));
    }

    [Test]
    public void Constructor_DistinctLabelsAndValues_KeepsDisplayOrder()
    {
        var vocabulary = new Vocabulary(Facet.Challenge, new[] { new VocabularyTerm("Zeta", 2), new VocabularyTerm("Alpha", 1) });

        Assert.That(vocabulary.Terms[0].Label, Is.EqualTo("Zeta"));
        Assert.That(vocabulary.TryGetIndex("alpha", out var index) && index == 1, Is.True);
    }
}
