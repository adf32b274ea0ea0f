using LocalOrg.Tests.TestSupport;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Tests.Query;

public class FilterMatcherTests
{
    [Test]
    public void Matches_OrFilter_AnyConditionSuffices()
    {
        var org = QueryData.Create();
        var query = QueryData.Accounts();
        query.Criteria.FilterOperator = LogicalOperator.Or;
        query.Criteria.AddCondition("name", ConditionOperator.Equal, "Alpha");
        query.Criteria.AddCondition("name", ConditionOperator.Equal, "Delta");

        Assert.That(org.Names(query), Is.EqualTo(new[] { "Alpha", "Delta" }));
    }

    [Test]
    public void Matches_AndContainingOr_NestsLikeParentheses()
    {
        var org = QueryData.Create();
        var query = QueryData.Accounts(new ConditionExpression("industrycode", ConditionOperator.Equal, 1));
        var either = query.Criteria.AddFilter(LogicalOperator.Or);
        either.AddCondition("numberofemployees", ConditionOperator.LessThan, 15);
        either.AddCondition("numberofemployees", ConditionOperator.GreaterThan, 25);
        var inner = new FilterExpression(LogicalOperator.And);
        inner.AddCondition("name", ConditionOperator.Like, "G%");
        either.AddFilter(inner);

        Assert.That(org.Names(query), Is.EqualTo(new[] { "Alpha", "Gamma" }));
    }

    [Test]
    public void Matches_OrOfAnds_EachBranchMustHoldWhole()
    {
        var org = QueryData.Create();
        var query = QueryData.Accounts();
        query.Criteria.FilterOperator = LogicalOperator.Or;
        var first = query.Criteria.AddFilter(LogicalOperator.And);
        first.AddCondition("industrycode", ConditionOperator.Equal, 1);
        first.AddCondition("numberofemployees", ConditionOperator.GreaterThan, 20);
        var second = query.Criteria.AddFilter(LogicalOperator.And);
        second.AddCondition("industrycode", ConditionOperator.Equal, 2);
        second.AddCondition("name", ConditionOperator.Equal, "Beta");

        Assert.That(org.Names(query), Is.EqualTo(new[] { "Beta", "Gamma" }));
    }
}
