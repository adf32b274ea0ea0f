using System;
using System.Linq;
using CrmEnablement.Cli.Sandbox;
using Microsoft.Xrm.Sdk.Query;

namespace CrmEnablement.Cli.Tests.Sandbox;

public sealed class ODataQueryTests
{
    [Test]
    public void Parse_Select_TurnsLookupNamesIntoColumns()
    {
        var query = ODataQuery.Parse("?$select=name,_parentaccountid_value");

        Assert.That(query.Select, Is.EqualTo(new[] { "name", "parentaccountid" }));
        Assert.That(query.Columns().Columns, Is.EqualTo(new[] { "name", "parentaccountid" }));
    }

    [Test]
    public void Parse_NoOptions_ReadsEveryColumn()
    {
        Assert.That(ODataQuery.Parse(null).Columns().AllColumns, Is.True);
    }

    [Test]
    public void Parse_FilterOfComparisons_BecomesConditionsWithTypedValues()
    {
        var id = Guid.NewGuid();

        var query = ODataQuery.Parse($"$filter=_cen_opportunityid_value eq {id} and cen_name eq 'it''s' and statecode ne 1 and cen_outcome eq null&$top=5&$orderby=cen_rank desc");

        Assert.That(query.Conditions.Select(c => (c.AttributeName, c.Operator)), Is.EqualTo(new[]
        {
            ("cen_opportunityid", ConditionOperator.Equal), ("cen_name", ConditionOperator.Equal),
            ("statecode", ConditionOperator.NotEqual), ("cen_outcome", ConditionOperator.Null),
        }));
        Assert.That(query.Conditions[0].Values.Single(), Is.EqualTo(id));
        Assert.That(query.Conditions[1].Values.Single(), Is.EqualTo("it's"));
        Assert.That(query.Conditions[2].Values.Single(), Is.EqualTo(1));
        Assert.That(query.Top, Is.EqualTo(5));
        Assert.That(query.Orders.Single().OrderType, Is.EqualTo(OrderType.Descending));
    }

    [Test]
    public void Parse_FilterValueWithAndInsideQuotes_StaysOneComparison()
    {
        var query = ODataQuery.Parse("$filter=name eq 'Fish and Chips'");

        Assert.That(query.Conditions.Single().Values.Single(), Is.EqualTo("Fish and Chips"));
    }

    [TestCase("$expand=parentaccountid")]
    [TestCase("$filter=contains(name,'x')")]
    [TestCase("$top=-1")]
    [TestCase("$filter=name eq Northwind")]
    public void Parse_UnsupportedOrUnreadable_Throws(string options)
    {
        Assert.Throws<WebApiRequestException>(() => ODataQuery.Parse(options));
    }
}
