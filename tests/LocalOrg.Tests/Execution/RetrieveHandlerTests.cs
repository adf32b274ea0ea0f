using System;
using LocalOrg.Faults;
using LocalOrg.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Tests.Execution;

public class RetrieveHandlerTests
{
    [Test]
    public void Retrieve_ListedColumns_ReturnsThoseAndTheId()
    {
        var org = Orgs.CreateSut();
        var id = org.Service.Create(Orgs.NewAccount("Contoso", 5));

        var row = org.Service.Retrieve(Orgs.Account, id, new ColumnSet("name", "nosuchcolumn"));

        Assert.That(row.Id, Is.EqualTo(id));
        Assert.That(row.Attributes.Keys, Is.EquivalentTo(new[] { "name", "accountid" }));
    }

    [Test]
    public void Retrieve_AllColumns_ReturnsEveryStoredColumn()
    {
        var org = Orgs.CreateSut();
        var id = org.Service.Create(Orgs.NewAccount("Contoso", 5));

        var row = org.Service.Retrieve(Orgs.Account, id, new ColumnSet(true));

        Assert.That(row.Attributes.Keys, Is.SupersetOf(new[] { "name", "numberofemployees", "accountid", "ownerid", "createdon", "statecode" }));
    }

    [Test]
    public void Retrieve_ResultMutated_StoreUnchanged()
    {
        var org = Orgs.CreateSut();
        var id = org.Service.Create(new Entity(Orgs.Account) { ["revenue"] = new Money(10m), ["name"] = "A" });

        var first = org.Service.Retrieve(Orgs.Account, id, new ColumnSet(true));
        first["name"] = "B";
        first.GetAttributeValue<Money>("revenue").Value = 99m;
        var second = org.Service.Retrieve(Orgs.Account, id, new ColumnSet(true));

        Assert.That(second["name"], Is.EqualTo("A"));
        Assert.That(second.GetAttributeValue<Money>("revenue").Value, Is.EqualTo(10m));
    }

    [Test]
    public void Retrieve_MissingRow_FaultsNotFound()
    {
        var org = Orgs.CreateSut();
        var id = Guid.Parse("00000000-0000-0000-0000-0000000000aa");

        var fault = Orgs.Fault(() => org.Service.Retrieve(Orgs.Contact, id, new ColumnSet(true)));

        Assert.That(fault.ErrorCode, Is.EqualTo(ErrorCodes.ObjectDoesNotExist));
        Assert.That(fault.Message, Is.EqualTo("contact With Id = 00000000-0000-0000-0000-0000000000aa Does Not Exist"));
    }

    [Test]
    public void Execute_RetrieveByKeyReference_FindsTheRow()
    {
        var org = Orgs.CreateSut();
        org.DefineAlternateKey(Orgs.Account, "number", "accountnumber");
        var id = org.Service.Create(new Entity(Orgs.Account) { ["accountnumber"] = "A-1" });

        var response = (RetrieveResponse)org.Service.Execute(new RetrieveRequest
        {
            Target = new EntityReference(Orgs.Account, "accountnumber", "A-1"),
            ColumnSet = new ColumnSet("accountnumber"),
        });

        Assert.That(response.Entity.Id, Is.EqualTo(id));
    }

    [Test]
    public void Execute_RetrieveWithoutColumnSet_FaultsInvalidArgument()
    {
        var org = Orgs.CreateSut();
        var id = org.Service.Create(Orgs.NewAccount("A"));

        var fault = Orgs.Fault(() => org.Service.Execute(new RetrieveRequest { Target = new EntityReference(Orgs.Account, id) }));

        Assert.That(fault.ErrorCode, Is.EqualTo(ErrorCodes.InvalidArgument));
    }
}
