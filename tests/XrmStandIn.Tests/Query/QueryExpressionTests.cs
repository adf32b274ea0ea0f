using System.Linq;
using System.Reflection;
using Microsoft.Xrm.Sdk.Query;

namespace XrmStandIn.Tests.Query;

public class QueryExpressionTests
{
    [Test]
    public void Constructor_InitialisesCriteriaPagingAndColumns()
    {
        var query = new QueryExpression("cen_content");

        Assert.Multiple(() =>
        {
            Assert.That(query.EntityName, Is.EqualTo("cen_content"));
            Assert.That(query.Criteria, Is.Not.Null);
            Assert.That(query.PageInfo, Is.Not.Null);
            Assert.That(query.ColumnSet.Columns, Is.Empty);
            Assert.That(query.ColumnSet.AllColumns, Is.False);
            Assert.That(query.LinkEntities, Is.Empty);
            Assert.That(query.Orders, Is.Empty);
        });
    }

    [Test]
    public void AddLink_JoinsFromTheQueryTable()
    {
        var query = new QueryExpression("opportunity");

        var link = query.AddLink("account", "parentaccountid", "accountid");

        Assert.Multiple(() =>
        {
            Assert.That(query.LinkEntities.Single(), Is.SameAs(link));
            Assert.That(link.LinkFromEntityName, Is.EqualTo("opportunity"));
            Assert.That(link.LinkToEntityName, Is.EqualTo("account"));
            Assert.That(link.JoinOperator, Is.EqualTo(JoinOperator.Inner));
        });
    }

    [Test]
    public void AddOrder_AppendsOrder()
    {
        var query = new QueryExpression("cen_content");

        query.AddOrder("cen_publishedon", OrderType.Descending);

        Assert.Multiple(() =>
        {
            Assert.That(query.Orders.Single().AttributeName, Is.EqualTo("cen_publishedon"));
            Assert.That(query.Orders.Single().OrderType, Is.EqualTo(OrderType.Descending));
        });
    }

    [Test]
    public void QueryBase_CannotBeDerivedOutsideTheSdk()
    {
        var internalAbstract = typeof(QueryBase)
            .GetMethods(BindingFlags.Instance | BindingFlags.NonPublic)
            .Where(m => m.IsAbstract && m.IsAssembly);

        Assert.That(internalAbstract, Is.Not.Empty);
    }
}
