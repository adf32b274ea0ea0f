using Microsoft.Xrm.Sdk.Query;

namespace XrmStandIn.Tests.Query;

public class FilterExpressionTests
{
    [Test]
    public void NewFilter_IsAndWithNothingInIt()
    {
        var filter = new FilterExpression();

        Assert.Multiple(() =>
        {
            Assert.That(filter.FilterOperator, Is.EqualTo(LogicalOperator.And));
            Assert.That(filter.Conditions, Is.Empty);
            Assert.That(filter.Filters, Is.Empty);
        });
    }

    [Test]
    public void AddCondition_Overloads_BuildConditions()
    {
        var filter = new FilterExpression();

        filter.AddCondition("statecode", ConditionOperator.Equal, 0);
        filter.AddCondition("c", "fullname", ConditionOperator.BeginsWith, "Gail");
        filter.AddCondition("modifiedon", ConditionOperator.GreaterThan, true, "createdon");

        Assert.Multiple(() =>
        {
            Assert.That(filter.Conditions[0].Values, Is.EqualTo(new object[] { 0 }));
            Assert.That(filter.Conditions[1].EntityName, Is.EqualTo("c"));
            Assert.That(filter.Conditions[2].CompareColumns, Is.True);
        });
    }

    [Test]
    public void AddFilter_ByOperator_ReturnsTheNewChild()
    {
        var filter = new FilterExpression();

        var child = filter.AddFilter(LogicalOperator.Or);
        child.AddCondition("industrycode", ConditionOperator.Equal, 1);

        Assert.Multiple(() =>
        {
            Assert.That(filter.Filters, Has.Count.EqualTo(1));
            Assert.That(filter.Filters[0], Is.SameAs(child));
            Assert.That(child.FilterOperator, Is.EqualTo(LogicalOperator.Or));
        });
    }

    [Test]
    public void AddFilter_Null_IsIgnored()
    {
        var filter = new FilterExpression();

        filter.AddFilter((FilterExpression)null!);

        Assert.That(filter.Filters, Is.Empty);
    }
}
