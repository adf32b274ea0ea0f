using System.Linq;
using LocalOrg.Faults;
using LocalOrg.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Tests.Query;

public class ResultShaperTests
{
    [Test]
    public void Page_TopCount_ReturnsFirstRowsWithoutMoreRecords()
    {
        var org = QueryData.Create();
        var query = QueryData.Accounts();
        query.TopCount = 2;

        var result = org.Service.RetrieveMultiple(query);

        Assert.That(result.Entities.Select(e => e["name"]), Is.EqualTo(new[] { "Alpha", "Beta" }));
        Assert.That(result.MoreRecords, Is.False);
    }

    [Test]
    public void Page_PagesOfThree_WalksEveryRowOnceWithMoreRecordsAndCookie()
    {
        var org = Orgs.CreateSut();
        org.Seed(Enumerable.Range(1, 7).Select(i => new Entity(Orgs.Account) { ["name"] = "A" + i }).ToArray());
        var query = QueryData.Accounts();
        query.PageInfo = new PagingInfo { Count = 3, PageNumber = 1, ReturnTotalRecordCount = true };
        var seen = new System.Collections.Generic.List<string>();
        var pages = 0;
        EntityCollection page;
        do
        {
            page = org.Service.RetrieveMultiple(query);
            seen.AddRange(page.Entities.Select(e => (string)e["name"]));
            pages++;
            Assert.That(page.PagingCookie, Does.StartWith("<cookie page=\"" + pages + "\">"));
            Assert.That(page.TotalRecordCount, Is.EqualTo(7));
            query.PageInfo.PageNumber++;
            query.PageInfo.PagingCookie = page.PagingCookie;
        }
        while (page.MoreRecords);

        Assert.That(pages, Is.EqualTo(3));
        Assert.That(seen, Is.EqualTo(Enumerable.Range(1, 7).Select(i => "A" + i)));
    }

    [Test]
    public void Page_TopCountWithPaging_FaultsInvalidArgument()
    {
        var org = QueryData.Create();
        var query = QueryData.Accounts();
        query.TopCount = 1;
        query.PageInfo = new PagingInfo { Count = 2, PageNumber = 1 };

        var fault = Orgs.Fault(() => org.Service.RetrieveMultiple(query));

        Assert.That(fault.Message, Is.EqualTo(FaultMessages.TopCountWithPaging));
    }

    [Test]
    public void Page_NoPaging_CapsAtTheDefaultPageSize()
    {
        var org = Orgs.CreateSut();
        org.Seed(Enumerable.Range(1, 5001).Select(i => new Entity(Orgs.Contact)).ToArray());

        var result = org.Service.RetrieveMultiple(new QueryExpression(Orgs.Contact));

        Assert.That(result.Entities, Has.Count.EqualTo(5000));
        Assert.That(result.MoreRecords, Is.True);
    }

    [Test]
    public void Project_Distinct_DropsRowsWithTheSameColumns()
    {
        var org = QueryData.Create();
        var query = new QueryExpression(Orgs.Contact) { ColumnSet = new ColumnSet("role"), Distinct = true };

        Assert.That(org.Names(query, "role"), Is.EqualTo(new[] { "buyer", "user" }));
    }

    [Test]
    public void Project_ResultMutated_StoreUnchanged()
    {
        var org = QueryData.Create();
        var first = org.Service.RetrieveMultiple(new QueryExpression(Orgs.Account) { ColumnSet = new ColumnSet(true) }).Entities[0];
        first["name"] = "Changed";
        first.GetAttributeValue<OptionSetValueCollection>("cen_tags").Clear();

        var again = org.Rows(Orgs.Account)[0];

        Assert.That(again["name"], Is.EqualTo("Alpha"));
        Assert.That(again.GetAttributeValue<OptionSetValueCollection>("cen_tags"), Has.Count.EqualTo(2));
    }
}
