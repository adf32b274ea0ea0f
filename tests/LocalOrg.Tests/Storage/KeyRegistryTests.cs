using System;
using LocalOrg.Faults;
using LocalOrg.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Tests.Storage;

public class KeyRegistryTests
{
    private const string Suggestion = "cen_contentsuggestion";

    private static LocalOrganization CreateSut()
    {
        var org = Orgs.CreateSut();
        org.DefineAlternateKey(Suggestion, "cen_opportunity_content", "cen_opportunityid", "cen_contentid");
        return org;
    }

    private static Entity NewSuggestion(Guid opportunity, Guid content) => new(Suggestion)
    {
        ["cen_opportunityid"] = new EntityReference("opportunity", opportunity),
        ["cen_contentid"] = new EntityReference("cen_content", content),
    };

    [Test]
    public void EnsureUnique_CreateDuplicateKey_FaultNamesTheKey()
    {
        var org = CreateSut();
        var (opportunity, content) = (Guid.NewGuid(), Guid.NewGuid());
        org.Service.Create(NewSuggestion(opportunity, content));

        var fault = Orgs.Fault(() => org.Service.Create(NewSuggestion(opportunity, content)));

        Assert.That(fault.ErrorCode, Is.EqualTo(ErrorCodes.DuplicateRecordEntityKey));
        Assert.That(fault.Message, Is.EqualTo("A record that has the attribute values cen_opportunityid, cen_contentid already exists. The entity key cen_opportunity_content requires that this set of attributes contains unique values. Select unique values and try again."));
        Assert.That(org.Rows(Suggestion), Has.Count.EqualTo(1));
    }

    [Test]
    public void EnsureUnique_UpdateIntoAnotherRowsKey_Faults()
    {
        var org = CreateSut();
        var (opportunity, a, b) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        org.Service.Create(NewSuggestion(opportunity, a));
        var second = org.Service.Create(NewSuggestion(opportunity, b));

        var fault = Orgs.Fault(() => org.Service.Update(new Entity(Suggestion, second) { ["cen_contentid"] = new EntityReference("cen_content", a) }));

        Assert.That(fault.ErrorCode, Is.EqualTo(ErrorCodes.DuplicateRecordEntityKey));
    }

    [Test]
    public void EnsureUnique_KeyColumnEmpty_NotEnforced()
    {
        var org = CreateSut();

        org.Service.Create(new Entity(Suggestion));
        org.Service.Create(new Entity(Suggestion));

        Assert.That(org.Rows(Suggestion), Has.Count.EqualTo(2));
    }

    [Test]
    public void Resolve_RetrieveByTwoColumnKey_FindsTheRow()
    {
        var org = CreateSut();
        var (opportunity, content) = (Guid.NewGuid(), Guid.NewGuid());
        var id = org.Service.Create(NewSuggestion(opportunity, content));
        var keys = new KeyAttributeCollection
        {
            { "cen_opportunityid", new EntityReference("opportunity", opportunity) },
            { "cen_contentid", content },
        };

        var response = org.Service.Execute(new Microsoft.Xrm.Sdk.Messages.RetrieveRequest { Target = new EntityReference(Suggestion, keys), ColumnSet = new ColumnSet(false) });

        Assert.That(((Entity)response["Entity"]).Id, Is.EqualTo(id));
    }

    [Test]
    public void Resolve_NoRowWithThoseValues_FaultsNotFound()
    {
        var org = Orgs.CreateSut();
        org.DefineAlternateKey(Orgs.Account, "number", "accountnumber");

        var fault = Orgs.Fault(() => org.Service.Update(new Entity(Orgs.Account, "accountnumber", "missing") { ["name"] = "x" }));

        Assert.That(fault.ErrorCode, Is.EqualTo(ErrorCodes.ObjectDoesNotExist));
        Assert.That(fault.Message, Is.EqualTo("A record with the specified key values does not exist in account entity"));
    }

    [Test]
    public void Resolve_ColumnsThatAreNoKey_FaultsInvalidArgument()
    {
        var org = Orgs.CreateSut();

        var fault = Orgs.Fault(() => org.Service.Update(new Entity(Orgs.Account, "name", "x") { ["name"] = "y" }));

        Assert.That(fault.ErrorCode, Is.EqualTo(ErrorCodes.InvalidArgument));
    }

    [Test]
    public void Resolve_LookupGivenByKey_StoredWithTheRowsId()
    {
        var org = Orgs.CreateSut();
        org.DefineAlternateKey(Orgs.Account, "number", "accountnumber");
        var account = org.Service.Create(new Entity(Orgs.Account) { ["accountnumber"] = "A-1" });

        var contact = org.Service.Create(new Entity(Orgs.Contact) { ["parentcustomerid"] = new EntityReference(Orgs.Account, "accountnumber", "A-1") });

        Assert.That(org.Find(Orgs.Contact, contact)!.GetAttributeValue<EntityReference>("parentcustomerid").Id, Is.EqualTo(account));
    }

    [Test]
    public void Define_ExistingRowsShareValues_Throws()
    {
        var org = Orgs.CreateSut();
        org.Seed(new Entity(Orgs.Account) { ["accountnumber"] = "A" }, new Entity(Orgs.Account) { ["accountnumber"] = "a" });

        Assert.Throws<InvalidOperationException>(() => org.DefineAlternateKey(Orgs.Account, "number", "accountnumber"));
    }
}
