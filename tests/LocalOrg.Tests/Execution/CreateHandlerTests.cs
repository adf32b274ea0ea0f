using System;
using LocalOrg.Faults;
using LocalOrg.Ids;
using LocalOrg.Tests.TestSupport;
using LocalOrg.Time;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Tests.Execution;

public class CreateHandlerTests
{
    [Test]
    public void Create_NoId_UsesTheSequentialGeneratorAndStampsSystemColumns()
    {
        var clock = new ManualClock(new DateTime(2025, 3, 1, 9, 0, 0, DateTimeKind.Utc));
        var org = new LocalOrganization(new LocalOrganizationOptions { Clock = clock, IdGenerator = new SequentialIdGenerator(7) });

        var id = org.Service.Create(Orgs.NewAccount("Contoso"));

        var row = org.Find(Orgs.Account, id)!;
        Assert.Multiple(() =>
        {
            Assert.That(id, Is.EqualTo(SequentialIdGenerator.IdFor(7, 1)));
            Assert.That(row["accountid"], Is.EqualTo(id));
            Assert.That(row["createdon"], Is.EqualTo(clock.UtcNow));
            Assert.That(row["modifiedon"], Is.EqualTo(clock.UtcNow));
            Assert.That(row.GetAttributeValue<EntityReference>("ownerid").Id, Is.EqualTo(org.AdministratorId));
            Assert.That(row.GetAttributeValue<EntityReference>("createdby").Id, Is.EqualTo(org.AdministratorId));
            Assert.That(row.GetAttributeValue<OptionSetValue>("statecode").Value, Is.EqualTo(0));
            Assert.That(row.GetAttributeValue<OptionSetValue>("statuscode").Value, Is.EqualTo(1));
        });
    }

    [Test]
    public void Create_AsUser_OwnerIsThatUserUnlessGiven()
    {
        var org = Orgs.CreateSut();
        var rep = org.AddAdministrator("Rep");
        var other = org.AddUser("Other");

        var own = org.CreateService(rep).Create(Orgs.NewAccount("Mine"));
        var given = org.CreateService(rep).Create(new Entity(Orgs.Account) { ["ownerid"] = new EntityReference("systemuser", other) });

        Assert.That(org.Find(Orgs.Account, own)!.GetAttributeValue<EntityReference>("ownerid").Id, Is.EqualTo(rep));
        Assert.That(org.Find(Orgs.Account, given)!.GetAttributeValue<EntityReference>("ownerid").Id, Is.EqualTo(other));
    }

    [Test]
    public void Create_TypedValues_ComeBackWithTheirTypes()
    {
        var org = Orgs.CreateSut();
        var local = new DateTime(2025, 5, 6, 7, 8, 9, DateTimeKind.Unspecified);
        var contact = Guid.NewGuid();
        var entity = new Entity(Orgs.Account)
        {
            ["choice"] = new OptionSetValue(3),
            ["tags"] = new OptionSetValueCollection { new OptionSetValue(1), new OptionSetValue(4) },
            ["primarycontactid"] = new EntityReference(Orgs.Contact, contact),
            ["revenue"] = new Money(12.5m),
            ["when"] = local,
            ["key"] = contact,
            ["flag"] = true,
            ["count"] = 3,
            ["ratio"] = 0.25m,
            ["score"] = 1.5d,
            ["name"] = "Contoso",
        };

        var id = org.Service.Create(entity);
        var row = org.Service.Retrieve(Orgs.Account, id, new ColumnSet(true));

        Assert.Multiple(() =>
        {
            Assert.That(row["choice"], Is.EqualTo(new OptionSetValue(3)));
            Assert.That(row.GetAttributeValue<OptionSetValueCollection>("tags"), Has.Count.EqualTo(2));
            Assert.That(row["primarycontactid"], Is.EqualTo(new EntityReference(Orgs.Contact, contact)));
            Assert.That(row["revenue"], Is.EqualTo(new Money(12.5m)));
            Assert.That(((DateTime)row["when"]).Kind, Is.EqualTo(DateTimeKind.Utc));
            Assert.That(row["when"], Is.EqualTo(DateTime.SpecifyKind(local, DateTimeKind.Utc)));
            Assert.That(row["key"], Is.EqualTo(contact));
            Assert.That(row["flag"], Is.EqualTo(true));
            Assert.That(row["count"], Is.EqualTo(3));
            Assert.That(row["ratio"], Is.EqualTo(0.25m));
            Assert.That(row["score"], Is.EqualTo(1.5d));
            Assert.That(row["name"], Is.EqualTo("Contoso"));
        });
    }

    [Test]
    public void Create_CallerChangesItsEntityAfterwards_StoreKeepsWhatWasSent()
    {
        var org = Orgs.CreateSut();
        var entity = Orgs.NewAccount("Before");
        entity["tags"] = new OptionSetValueCollection { new OptionSetValue(1) };

        var id = org.Service.Create(entity);
        entity["name"] = "After";
        ((OptionSetValueCollection)entity["tags"]).Add(new OptionSetValue(2));

        var row = org.Find(Orgs.Account, id)!;
        Assert.That(row["name"], Is.EqualTo("Before"));
        Assert.That(row.GetAttributeValue<OptionSetValueCollection>("tags"), Has.Count.EqualTo(1));
        Assert.That(entity.Id, Is.EqualTo(Guid.Empty), "the caller's entity is not the one the service stored");
    }

    [Test]
    public void Create_IdAlreadyUsed_FaultsWithDuplicateRecord()
    {
        var org = Orgs.CreateSut();
        var id = org.Service.Create(Orgs.NewAccount("First"));

        var fault = Orgs.Fault(() => org.Service.Create(new Entity(Orgs.Account, id)));

        Assert.That(fault.ErrorCode, Is.EqualTo(ErrorCodes.DuplicateRecord));
        Assert.That(fault.Message, Is.EqualTo(FaultMessages.DuplicateId));
    }

    [Test]
    public void Create_IdInPrimaryIdColumn_IsUsed()
    {
        var org = Orgs.CreateSut();
        var id = Guid.Parse("11111111-2222-3333-4444-555555555555");

        var created = org.Service.Create(new Entity(Orgs.Account) { ["accountid"] = id });

        Assert.That(created, Is.EqualTo(id));
    }
}
