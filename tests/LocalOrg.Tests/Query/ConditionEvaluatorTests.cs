using LocalOrg.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Tests.Query;

public class ConditionEvaluatorTests
{
    private LocalOrganization _org = null!;

    [SetUp]
    public void SetUp() => _org = QueryData.Create();

    [TestCase(ConditionOperator.Equal, 20, new[] { "Beta" })]
    [TestCase(ConditionOperator.NotEqual, 20, new[] { "Alpha", "Gamma" })]
    [TestCase(ConditionOperator.GreaterThan, 20, new[] { "Gamma" })]
    [TestCase(ConditionOperator.GreaterEqual, 20, new[] { "Beta", "Gamma" })]
    [TestCase(ConditionOperator.LessThan, 20, new[] { "Alpha" })]
    [TestCase(ConditionOperator.LessEqual, 20, new[] { "Alpha", "Beta" })]
    public void Holds_ComparisonOnNumbers_EmptyColumnsNeverMatch(ConditionOperator op, int value, string[] expected)
    {
        Assert.That(_org.Names(QueryData.Accounts(new ConditionExpression("numberofemployees", op, value))), Is.EqualTo(expected));
    }

    [Test]
    public void Holds_InAndNotIn_MatchAnyOrNoneOfTheValues()
    {
        Assert.That(_org.Names(QueryData.Accounts(new ConditionExpression("numberofemployees", ConditionOperator.In, 10, 30))), Is.EqualTo(new[] { "Alpha", "Gamma" }));
        Assert.That(_org.Names(QueryData.Accounts(new ConditionExpression("numberofemployees", ConditionOperator.NotIn, 10, 30))), Is.EqualTo(new[] { "Beta" }));
    }

    [Test]
    public void Holds_NullAndNotNull_TestPresence()
    {
        Assert.That(_org.Names(QueryData.Accounts(new ConditionExpression("numberofemployees", ConditionOperator.Null))), Is.EqualTo(new[] { "Delta" }));
        Assert.That(_org.Names(QueryData.Accounts(new ConditionExpression("numberofemployees", ConditionOperator.NotNull))), Is.EqualTo(new[] { "Alpha", "Beta", "Gamma" }));
    }

    [TestCase("%a", new[] { "Alpha", "Beta", "Gamma", "Delta" })]
    [TestCase("_eta", new[] { "Beta" })]
    [TestCase("%AM%", new[] { "Gamma" })]
    [TestCase("[AB]%", new[] { "Alpha", "Beta" })]
    public void Holds_Like_PercentUnderscoreAndClassesIgnoringCase(string pattern, string[] expected)
    {
        Assert.That(_org.Names(QueryData.Accounts(new ConditionExpression("name", ConditionOperator.Like, pattern))), Is.EqualTo(expected));
    }

    [Test]
    public void Holds_NotLikeBeginsWithEndsWith_FollowLike()
    {
        Assert.That(_org.Names(QueryData.Accounts(new ConditionExpression("name", ConditionOperator.NotLike, "%ta"))), Is.EqualTo(new[] { "Alpha", "Gamma" }));
        Assert.That(_org.Names(QueryData.Accounts(new ConditionExpression("name", ConditionOperator.BeginsWith, "ga"))), Is.EqualTo(new[] { "Gamma" }));
        Assert.That(_org.Names(QueryData.Accounts(new ConditionExpression("name", ConditionOperator.EndsWith, "pha"))), Is.EqualTo(new[] { "Alpha" }));
    }

    [Test]
    public void Holds_EqualOnTextChoiceMoneyAndLookup_ComparesTheUnderlyingValue()
    {
        var beta = _org.Rows(Orgs.Account)[1].Id;

        Assert.Multiple(() =>
        {
            Assert.That(_org.Names(QueryData.Accounts(new ConditionExpression("name", ConditionOperator.Equal, "BETA"))), Is.EqualTo(new[] { "Beta" }));
            Assert.That(_org.Names(QueryData.Accounts(new ConditionExpression("industrycode", ConditionOperator.Equal, 1))), Is.EqualTo(new[] { "Alpha", "Gamma" }));
            Assert.That(_org.Names(QueryData.Accounts(new ConditionExpression("industrycode", ConditionOperator.Equal, new OptionSetValue(2)))), Is.EqualTo(new[] { "Beta" }));
            Assert.That(_org.Names(QueryData.Accounts(new ConditionExpression("revenue", ConditionOperator.GreaterThan, 150m))), Is.EqualTo(new[] { "Beta", "Gamma" }));
            Assert.That(_org.Names(new QueryExpression(Orgs.Contact) { ColumnSet = new ColumnSet("fullname"), Criteria = { Conditions = { new ConditionExpression("parentcustomerid", ConditionOperator.Equal, beta) } } }, "fullname"), Is.EqualTo(new[] { "Cid" }));
        });
    }

    [Test]
    public void Holds_DatesAndBetween_CompareInstants()
    {
        Assert.That(_org.Names(QueryData.Accounts(new ConditionExpression("founded", ConditionOperator.GreaterThan, QueryData.Day1))), Is.EqualTo(new[] { "Beta", "Gamma" }));
        Assert.That(_org.Names(QueryData.Accounts(new ConditionExpression("numberofemployees", ConditionOperator.Between, 15, 30))), Is.EqualTo(new[] { "Beta", "Gamma" }));
        Assert.That(_org.Names(QueryData.Accounts(new ConditionExpression("founded", ConditionOperator.On, QueryData.Day1.AddHours(5)))), Is.EqualTo(new[] { "Alpha" }));
    }

    [Test]
    public void Holds_ContainValues_MatchesRowsHoldingAnyValue()
    {
        var query = QueryData.Accounts(new ConditionExpression("cen_tags", ConditionOperator.ContainValues, 2, 3));

        Assert.That(_org.Names(query), Is.EqualTo(new[] { "Alpha", "Beta", "Gamma" }));
        Assert.That(_org.Names(QueryData.Accounts(new ConditionExpression("cen_tags", ConditionOperator.ContainValues, new[] { 1 }))), Is.EqualTo(new[] { "Alpha" }));
    }

    [Test]
    public void Holds_DoesNotContainValues_MatchesRowsHoldingNoneIncludingEmpty()
    {
        var query = QueryData.Accounts(new ConditionExpression("cen_tags", ConditionOperator.DoesNotContainValues, 2));

        Assert.That(_org.Names(query), Is.EqualTo(new[] { "Gamma", "Delta" }));
    }

    [Test]
    public void Holds_EqualOnMultiSelect_ComparesTheWholeSelection()
    {
        Assert.That(_org.Names(QueryData.Accounts(new ConditionExpression("cen_tags", ConditionOperator.Equal, 2))), Is.EqualTo(new[] { "Beta" }));
    }

    [Test]
    public void Holds_UnsupportedOperator_ThrowsNotSupportedNamingIt()
    {
        var query = QueryData.Accounts(new ConditionExpression("name", ConditionOperator.Contains, "a"));

        var ex = Assert.Throws<System.NotSupportedException>(() => _org.Service.RetrieveMultiple(query));

        Assert.That(ex!.Message, Does.Contain("Contains"));
    }
}
