using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;

namespace XrmStandIn.Tests.Query;

/// <summary>Which constructor a call binds to decides the values; these calls compile the same
/// way against the real SDK because the overload set is the same.</summary>
public class ConditionExpressionTests
{
    [Test]
    public void SingleValue_BindsToObject_OneValue()
    {
        var condition = new ConditionExpression("industrycode", ConditionOperator.Equal, 7);

        Assert.That(condition.Values, Is.EqualTo(new object[] { 7 }));
    }

    [Test]
    public void SeveralValues_BindToParams_EachAValue()
    {
        var condition = new ConditionExpression("industrycode", ConditionOperator.In, 1, 2, 3);

        Assert.That(condition.Values, Is.EqualTo(new object[] { 1, 2, 3 }));
    }

    [Test]
    public void List_BindsToICollection_EachItemAValue()
    {
        var codes = new List<int> { 4, 5 };

        var condition = new ConditionExpression("industrycode", ConditionOperator.In, codes);

        Assert.That(condition.Values, Is.EqualTo(new object[] { 4, 5 }));
    }

    [Test]
    public void IntArray_BindsToICollection_EachItemAValue()
    {
        var condition = new ConditionExpression("cen_buyerroles", ConditionOperator.ContainValues, new[] { 100000000, 100000002 });

        Assert.That(condition.Values, Is.EqualTo(new object[] { 100000000, 100000002 }));
    }

    [Test]
    public void NoValue_LeavesValuesEmpty()
    {
        var condition = new ConditionExpression("cen_expireson", ConditionOperator.Null);

        Assert.Multiple(() =>
        {
            Assert.That(condition.Values, Is.Empty);
            Assert.That(condition.AttributeName, Is.EqualTo("cen_expireson"));
            Assert.That(condition.Operator, Is.EqualTo(ConditionOperator.Null));
        });
    }

    [Test]
    public void EntityNameAndCompareColumns_AreStored()
    {
        var condition = new ConditionExpression("a", "modifiedon", ConditionOperator.GreaterThan, true, "createdon");

        Assert.Multiple(() =>
        {
            Assert.That(condition.EntityName, Is.EqualTo("a"));
            Assert.That(condition.CompareColumns, Is.True);
            Assert.That(condition.Values, Is.EqualTo(new object[] { "createdon" }));
        });
    }
}
