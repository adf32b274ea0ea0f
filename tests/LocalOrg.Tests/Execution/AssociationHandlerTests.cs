using System.Linq;
using LocalOrg.Faults;
using LocalOrg.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Tests.Execution;

public class AssociationHandlerTests
{
    private const string ManyToMany = "cen_content_account";
    private const string Content = "cen_content";

    private static LocalOrganization CreateSut()
    {
        var org = Orgs.CreateSut();
        org.DefineManyToMany(ManyToMany, Content, Orgs.Account, ManyToMany);
        org.DefineOneToMany("contact_customer_accounts", Orgs.Account, Orgs.Contact, "parentcustomerid");
        return org;
    }

    [Test]
    public void Associate_ManyToMany_IntersectRowQueryableThroughLinks()
    {
        var org = CreateSut();
        var content = org.Service.Create(new Entity(Content) { ["name"] = "Deck" });
        var account = org.Service.Create(Orgs.NewAccount("Contoso"));

        org.Service.Associate(Content, content, new Relationship(ManyToMany), new EntityReferenceCollection { new EntityReference(Orgs.Account, account) });

        var query = new QueryExpression(Content) { ColumnSet = new ColumnSet("name") };
        query.AddLink(ManyToMany, "cen_contentid", "cen_contentid").LinkCriteria.AddCondition("accountid", ConditionOperator.Equal, account);
        Assert.That(org.Service.RetrieveMultiple(query).Entities.Select(e => e["name"]), Is.EqualTo(new[] { "Deck" }));
    }

    [Test]
    public void Associate_Twice_FaultsDuplicate()
    {
        var org = CreateSut();
        var content = org.Service.Create(new Entity(Content));
        var account = org.Service.Create(Orgs.NewAccount("Contoso"));
        var related = new EntityReferenceCollection { new EntityReference(Orgs.Account, account) };
        org.Service.Associate(Content, content, new Relationship(ManyToMany), related);

        var fault = Orgs.Fault(() => org.Service.Associate(Content, content, new Relationship(ManyToMany), related));

        Assert.That(fault.ErrorCode, Is.EqualTo(ErrorCodes.DuplicateRecord));
    }

    [Test]
    public void Disassociate_ManyToMany_RemovesTheIntersectRow()
    {
        var org = CreateSut();
        var content = org.Service.Create(new Entity(Content));
        var account = org.Service.Create(Orgs.NewAccount("Contoso"));
        var related = new EntityReferenceCollection { new EntityReference(Orgs.Account, account) };
        org.Service.Associate(Content, content, new Relationship(ManyToMany), related);

        org.Service.Disassociate(Orgs.Account, account, new Relationship(ManyToMany), new EntityReferenceCollection { new EntityReference(Content, content) });

        Assert.That(org.Rows(ManyToMany), Is.Empty);
    }

    [Test]
    public void Associate_OneToMany_SetsTheLookupAndDisassociateClearsIt()
    {
        var org = CreateSut();
        var account = org.Service.Create(Orgs.NewAccount("Contoso"));
        var contact = org.Service.Create(new Entity(Orgs.Contact));
        var related = new EntityReferenceCollection { new EntityReference(Orgs.Contact, contact) };

        org.Service.Associate(Orgs.Account, account, new Relationship("contact_customer_accounts"), related);
        var linked = org.Find(Orgs.Contact, contact)!.GetAttributeValue<EntityReference>("parentcustomerid");
        org.Service.Disassociate(Orgs.Account, account, new Relationship("contact_customer_accounts"), related);

        Assert.That(linked, Is.EqualTo(new EntityReference(Orgs.Account, account)));
        Assert.That(org.Find(Orgs.Contact, contact)!.Contains("parentcustomerid"), Is.False);
    }

    [Test]
    public void Associate_UndefinedRelationship_FaultsNamingIt()
    {
        var org = CreateSut();
        var account = org.Service.Create(Orgs.NewAccount("Contoso"));

        var fault = Orgs.Fault(() => org.Service.Associate(Orgs.Account, account, new Relationship("nope"), new EntityReferenceCollection()));

        Assert.That(fault.Message, Is.EqualTo("The relationship nope is not defined in this organization."));
    }
}
