using Microsoft.Xrm.Sdk.Query;

namespace XrmStandIn.Tests.Query;

public class ConditionOperatorTests
{
    [Test]
    public void ContainValues_Is87_DoesNotContainValues_Is88()
    {
        Assert.Multiple(() =>
        {
            Assert.That((int)ConditionOperator.ContainValues, Is.EqualTo(87));
            Assert.That((int)ConditionOperator.DoesNotContainValues, Is.EqualTo(88));
        });
    }

    // The older documentation numbers these differently; the compiled SDK is what counts.
    [TestCase(ConditionOperator.Under, 75)]
    [TestCase(ConditionOperator.NotUnder, 76)]
    [TestCase(ConditionOperator.UnderOrEqual, 77)]
    [TestCase(ConditionOperator.Above, 78)]
    [TestCase(ConditionOperator.AboveOrEqual, 79)]
    public void HierarchyOperators_HaveCompiledValues(ConditionOperator op, int value)
    {
        Assert.That((int)op, Is.EqualTo(value));
    }
}
