using LocalOrg.Faults;
using LocalOrg.Tests.TestSupport;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Tests.Query;

public class QueryByAttributeConverterTests
{
    [Test]
    public void Convert_AttributesAndValues_AreEqualConditionsJoinedByAnd()
    {
        var org = QueryData.Create();
        var query = new QueryByAttribute(Orgs.Account) { ColumnSet = new ColumnSet("name") };
        query.AddAttributeValue("industrycode", 1);
        query.AddAttributeValue("numberofemployees", 30);

        Assert.That(org.Names(query), Is.EqualTo(new[] { "Gamma" }));
    }

    [Test]
    public void Convert_OrdersAndTopCount_AreKept()
    {
        var org = QueryData.Create();
        var query = new QueryByAttribute(Orgs.Account) { ColumnSet = new ColumnSet("name"), TopCount = 1 };
        query.AddAttributeValue("industrycode", 1);
        query.AddOrder("name", OrderType.Descending);

        Assert.That(org.Names(query), Is.EqualTo(new[] { "Gamma" }));
    }

    [Test]
    public void Convert_NoAttributes_FaultsInvalidArgument()
    {
        var org = QueryData.Create();

        var fault = Orgs.Fault(() => org.Service.RetrieveMultiple(new QueryByAttribute(Orgs.Account)));

        Assert.That(fault.Message, Is.EqualTo(FaultMessages.QueryByAttributeMismatch));
    }
}
