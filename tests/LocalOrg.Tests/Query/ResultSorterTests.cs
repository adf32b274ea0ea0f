using LocalOrg.Tests.TestSupport;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Tests.Query;

public class ResultSorterTests
{
    [Test]
    public void Sort_NoOrders_CreationOrder()
    {
        var org = QueryData.Create();

        Assert.That(org.Names(QueryData.Accounts()), Is.EqualTo(new[] { "Alpha", "Beta", "Gamma", "Delta" }));
    }

    [Test]
    public void Sort_DescendingThenAscending_AppliesInTurnWithNullsFirstAscending()
    {
        var org = QueryData.Create();
        var query = QueryData.Accounts();
        query.AddOrder("industrycode", OrderType.Descending);
        query.AddOrder("name", OrderType.Ascending);

        Assert.That(org.Names(query), Is.EqualTo(new[] { "Beta", "Alpha", "Gamma", "Delta" }));
    }

    [Test]
    public void Sort_AscendingOnColumnSomeLack_EmptyFirst()
    {
        var org = QueryData.Create();
        var query = QueryData.Accounts();
        query.AddOrder("numberofemployees", OrderType.Ascending);

        Assert.That(org.Names(query), Is.EqualTo(new[] { "Delta", "Alpha", "Beta", "Gamma" }));
    }

    [Test]
    public void Sort_OrderOnLinkEntity_SortsByTheLinkedColumn()
    {
        var org = QueryData.Create();
        var query = new QueryExpression(Orgs.Contact) { ColumnSet = new ColumnSet("fullname") };
        var link = query.AddLink(Orgs.Account, "parentcustomerid", "accountid");
        link.EntityAlias = "acc";
        link.Orders.Add(new OrderExpression("name", OrderType.Descending));

        Assert.That(org.Names(query, "fullname"), Is.EqualTo(new[] { "Cid", "Ann", "Bob" }));
    }
}
