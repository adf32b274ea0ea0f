using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Engine.Tests.Vocabularies;

public class SalesStageValuesTests
{
    [TestCase(0, "Qualify")]
    [TestCase(1, "Develop")]
    [TestCase(2, "Propose")]
    [TestCase(3, "Close")]
    [TestCase(4, null)]
    [TestCase(-1, null)]
    [TestCase(100000000, null)]
    [TestCase(null, null)]
    public void Label_ByValue_ReadsOnlyZeroToThree(int? value, string? expected)
    {
        Assert.That(SalesStageValues.Label(value), Is.EqualTo(expected));
    }
}
