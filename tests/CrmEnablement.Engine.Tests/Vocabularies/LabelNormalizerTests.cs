using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Engine.Tests.Vocabularies;

public class LabelNormalizerTests
{
    [TestCase("Risk & Compliance", "Risk and Compliance")]
    [TestCase("Risk&Compliance", "risk and compliance")]
    [TestCase("Risk  &   Compliance", "RISK AND COMPLIANCE")]
    [TestCase("  Economic \t Buyer ", "economic buyer")]
    public void Normalize_EquivalentSpellings_SameKey(string left, string right)
    {
        Assert.That(LabelNormalizer.Normalize(left), Is.EqualTo(LabelNormalizer.Normalize(right)));
    }

    [TestCase("Growth", "Growths")]
    [TestCase("Economic Buyer", "EconomicBuyer")]
    [TestCase("Brand", "Br&")]
    public void Normalize_DifferentLabels_DifferentKeys(string left, string right)
    {
        Assert.That(LabelNormalizer.Normalize(left), Is.Not.EqualTo(LabelNormalizer.Normalize(right)));
    }
}
