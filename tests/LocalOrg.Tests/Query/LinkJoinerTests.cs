using System.Linq;
using LocalOrg.Faults;
using LocalOrg.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Tests.Query;

public class LinkJoinerTests
{
    private LocalOrganization _org = null!;

    [SetUp]
    public void SetUp() => _org = QueryData.Create();

    [Test]
    public void Join_Inner_OneResultPerMatchWithAliasedColumns()
    {
        var query = new QueryExpression(Orgs.Contact) { ColumnSet = new ColumnSet("fullname") };
        var link = query.AddLink(Orgs.Account, "parentcustomerid", "accountid");
        link.EntityAlias = "acc";
        link.Columns = new ColumnSet("name", "industrycode");

        var rows = _org.Service.RetrieveMultiple(query).Entities;

        Assert.That(rows.Select(r => r.GetAttributeValue<string>("fullname")), Is.EqualTo(new[] { "Ann", "Bob", "Cid" }));
        var aliased = rows[0].GetAttributeValue<AliasedValue>("acc.name");
        Assert.Multiple(() =>
        {
            Assert.That(aliased.Value, Is.EqualTo("Alpha"));
            Assert.That(aliased.EntityLogicalName, Is.EqualTo(Orgs.Account));
            Assert.That(aliased.AttributeLogicalName, Is.EqualTo("name"));
            Assert.That(rows[0].GetAttributeValue<AliasedValue>("acc.industrycode").Value, Is.EqualTo(new OptionSetValue(1)));
        });
    }

    [Test]
    public void Join_LeftOuter_KeepsRowsWithoutMatchAndNoAliasedColumns()
    {
        var query = new QueryExpression(Orgs.Contact) { ColumnSet = new ColumnSet("fullname") };
        var link = query.AddLink(Orgs.Account, "parentcustomerid", "accountid", JoinOperator.LeftOuter);
        link.EntityAlias = "acc";
        link.Columns = new ColumnSet("name");

        var rows = _org.Service.RetrieveMultiple(query).Entities;

        Assert.That(rows.Select(r => r.GetAttributeValue<string>("fullname")), Is.EqualTo(new[] { "Ann", "Bob", "Cid", "Dan" }));
        Assert.That(rows[3].Contains("acc.name"), Is.False);
    }

    [Test]
    public void Join_OneToMany_RootRowRepeatsPerChild()
    {
        var query = new QueryExpression(Orgs.Account) { ColumnSet = new ColumnSet("name") };
        var link = query.AddLink(Orgs.Contact, "accountid", "parentcustomerid");
        link.EntityAlias = "c";
        link.Columns = new ColumnSet("fullname");

        Assert.That(_org.Names(query), Is.EqualTo(new[] { "Alpha", "Alpha", "Beta" }));
    }

    [Test]
    public void Join_LinkCriteria_RestrictMatchingRows()
    {
        var query = new QueryExpression(Orgs.Account) { ColumnSet = new ColumnSet("name") };
        var link = query.AddLink(Orgs.Contact, "accountid", "parentcustomerid");
        link.LinkCriteria.AddCondition("role", ConditionOperator.Equal, "user");

        Assert.That(_org.Names(query), Is.EqualTo(new[] { "Alpha" }));
    }

    [Test]
    public void Join_CriteriaNamingTheAlias_FilterOnLinkedColumns()
    {
        var query = new QueryExpression(Orgs.Contact) { ColumnSet = new ColumnSet("fullname") };
        var link = query.AddLink(Orgs.Account, "parentcustomerid", "accountid", JoinOperator.LeftOuter);
        link.EntityAlias = "acc";
        query.Criteria.AddCondition("acc", "name", ConditionOperator.Null);

        Assert.That(_org.Names(query, "fullname"), Is.EqualTo(new[] { "Dan" }));
    }

    [Test]
    public void Join_NoAlias_NamesColumnsTableAndPosition()
    {
        var query = new QueryExpression(Orgs.Contact) { ColumnSet = new ColumnSet("fullname") };
        query.AddLink(Orgs.Account, "parentcustomerid", "accountid").Columns = new ColumnSet("name");

        var first = _org.Service.RetrieveMultiple(query).Entities[0];

        Assert.That(first.GetAttributeValue<AliasedValue>("account1.name").Value, Is.EqualTo("Alpha"));
    }

    [Test]
    public void Join_NestedLinks_JoinFromTheParentLink()
    {
        var query = new QueryExpression(Orgs.Contact) { ColumnSet = new ColumnSet("fullname") };
        var account = query.AddLink(Orgs.Account, "parentcustomerid", "accountid");
        account.EntityAlias = "acc";
        var siblings = account.AddLink(Orgs.Contact, "accountid", "parentcustomerid");
        siblings.EntityAlias = "sib";
        siblings.LinkCriteria.AddCondition("role", ConditionOperator.Equal, "user");

        Assert.That(_org.Names(query, "fullname"), Is.EqualTo(new[] { "Ann", "Bob" }));
    }

    [Test]
    public void Join_UnknownAliasInCriteria_FaultsInvalidArgument()
    {
        var query = QueryData.Accounts(new ConditionExpression("nope", "name", ConditionOperator.Equal, "x"));

        var fault = Orgs.Fault(() => _org.Service.RetrieveMultiple(query));

        Assert.That(fault.ErrorCode, Is.EqualTo(ErrorCodes.InvalidArgument));
    }
}
