using System.Linq;
using Microsoft.Xrm.Sdk.Query;

namespace XrmStandIn.Tests.Query;

public class LinkEntityTests
{
    [Test]
    public void NewLink_HasCriteriaAndColumnsToFillIn()
    {
        var link = new LinkEntity();

        Assert.Multiple(() =>
        {
            Assert.That(link.JoinOperator, Is.EqualTo(JoinOperator.Inner));
            Assert.That(link.LinkCriteria, Is.Not.Null);
            Assert.That(link.Columns, Is.Not.Null);
            Assert.That(link.LinkEntities, Is.Empty);
            Assert.That(link.Orders, Is.Empty);
        });
    }

    [Test]
    public void AddLink_JoinsFromTheLinkedTable()
    {
        var link = new LinkEntity("opportunity", "account", "parentaccountid", "accountid", JoinOperator.LeftOuter);

        var nested = link.AddLink("contact", "primarycontactid", "contactid", JoinOperator.LeftOuter);

        Assert.Multiple(() =>
        {
            Assert.That(link.LinkEntities.Single(), Is.SameAs(nested));
            Assert.That(nested.LinkFromEntityName, Is.EqualTo("account"));
            Assert.That(nested.JoinOperator, Is.EqualTo(JoinOperator.LeftOuter));
        });
    }
}
