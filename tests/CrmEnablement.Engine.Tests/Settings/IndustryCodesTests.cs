using System.Collections.Generic;
using CrmEnablement.Engine.Settings;

namespace CrmEnablement.Engine.Tests.Settings;

public class IndustryCodesTests
{
    private static readonly EngineSettings Customised = EngineSettings.Default with
    {
        IndustryCodeMap = new Dictionary<int, string> { [20] = "Insurance", [100000001] = "Insurance" },
    };

    [Test]
    public void TryGetIndustry_CustomisedValueInTheMap_GivesTheMappedLabel()
    {
        var found = IndustryCodes.TryGetIndustry(Customised, 100000001, out var industry);

        Assert.That(found, Is.True);
        Assert.That(industry, Is.EqualTo("Insurance"));
    }

    [Test]
    public void TryGetIndustry_ValueMissingFromTheMap_IsFalse()
    {
        Assert.That(IndustryCodes.TryGetIndustry(Customised, 1, out _), Is.False);
    }

    [Test]
    public void TryGetIndustry_DefaultMap_CoversTheOutOfTheBoxValues()
    {
        IndustryCodes.TryGetIndustry(EngineSettings.Default, 1, out var first);
        IndustryCodes.TryGetIndustry(EngineSettings.Default, 33, out var last);

        Assert.That(new[] { first, last }, Is.EqualTo(new[] { "Accounting", "Wholesale" }));
    }

    [TestCase(null, null)]
    [TestCase(100000001, "Insurance")]
    [TestCase(100000002, "industry code 100000002")]
    public void Industry_ByValue_IsTheMappedLabelOrNamesTheUnmappedValue(int? code, string? expected)
    {
        Assert.That(IndustryCodes.Industry(Customised, code), Is.EqualTo(expected));
    }
}
