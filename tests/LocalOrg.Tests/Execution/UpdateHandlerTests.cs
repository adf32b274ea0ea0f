using System;
using LocalOrg.Faults;
using LocalOrg.Tests.TestSupport;
using LocalOrg.Time;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Tests.Execution;

public class UpdateHandlerTests
{
    [Test]
    public void Update_SomeColumns_MergesAndStampsModifiedOn()
    {
        var clock = new ManualClock();
        var org = new LocalOrganization(new LocalOrganizationOptions { Clock = clock });
        var id = org.Service.Create(Orgs.NewAccount("Contoso", 10));
        clock.Advance(TimeSpan.FromHours(1));

        org.Service.Update(new Entity(Orgs.Account, id) { ["numberofemployees"] = 20 });

        var row = org.Find(Orgs.Account, id)!;
        Assert.Multiple(() =>
        {
            Assert.That(row["name"], Is.EqualTo("Contoso"));
            Assert.That(row["numberofemployees"], Is.EqualTo(20));
            Assert.That(row["modifiedon"], Is.EqualTo(clock.UtcNow));
            Assert.That(row["createdon"], Is.EqualTo(ManualClock.DefaultStart));
        });
    }

    [Test]
    public void Update_NullValue_ClearsTheColumn()
    {
        var org = Orgs.CreateSut();
        var id = org.Service.Create(Orgs.NewAccount("Contoso"));

        org.Service.Update(new Entity(Orgs.Account, id) { ["name"] = null });

        Assert.That(org.Find(Orgs.Account, id)!.Contains("name"), Is.False);
    }

    [Test]
    public void Update_MissingRow_FaultsWithThePlatformsNotFoundMessage()
    {
        var org = Orgs.CreateSut();
        var id = Guid.Parse("00000000-0000-0000-0000-000000000042");

        var fault = Orgs.Fault(() => org.Service.Update(new Entity(Orgs.Account, id) { ["name"] = "x" }));

        Assert.That(fault.ErrorCode, Is.EqualTo(ErrorCodes.ObjectDoesNotExist));
        Assert.That(fault.Message, Is.EqualTo("account With Id = 00000000-0000-0000-0000-000000000042 Does Not Exist"));
    }

    [Test]
    public void Update_ByAlternateKey_UpdatesThatRow()
    {
        var org = Orgs.CreateSut();
        org.DefineAlternateKey(Orgs.Account, "accountnumber_key", "accountnumber");
        var id = org.Service.Create(new Entity(Orgs.Account) { ["accountnumber"] = "A-1", ["name"] = "Old" });

        org.Service.Update(new Entity(Orgs.Account, "accountnumber", "A-1") { ["name"] = "New" });

        Assert.That(org.Find(Orgs.Account, id)!["name"], Is.EqualTo("New"));
    }
}
