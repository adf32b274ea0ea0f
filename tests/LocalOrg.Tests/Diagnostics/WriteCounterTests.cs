using LocalOrg.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Tests.Diagnostics;

public class WriteCounterTests
{
    [Test]
    public void Counts_CreateUpdateDelete_CountedPerKindAndTable()
    {
        var org = Orgs.CreateSut();

        var id = org.Service.Create(Orgs.NewAccount("A"));
        org.Service.Create(new Entity(Orgs.Contact));
        org.Service.Update(new Entity(Orgs.Account, id) { ["name"] = "B" });
        org.Service.Delete(Orgs.Account, id);
        org.Service.RetrieveMultiple(new QueryExpression(Orgs.Contact));

        Assert.Multiple(() =>
        {
            Assert.That((org.Writes.Created, org.Writes.Updated, org.Writes.Deleted, org.Writes.Total), Is.EqualTo((2, 1, 1, 4)));
            Assert.That(org.Writes.CreatedIn(Orgs.Account), Is.EqualTo(1));
            Assert.That(org.Writes.UpdatedIn(Orgs.Account), Is.EqualTo(1));
            Assert.That(org.Writes.DeletedIn(Orgs.Contact), Is.Zero);
        });
    }

    [Test]
    public void Counts_SeedAndReads_NotCounted()
    {
        var org = Orgs.CreateSut();
        var id = org.Seed(Orgs.NewAccount("A"))[0];

        org.Service.Retrieve(Orgs.Account, id, new ColumnSet(true));

        Assert.That(org.Writes.Total, Is.Zero);
    }

    [Test]
    public void Reset_AfterWrites_Zero()
    {
        var org = Orgs.CreateSut();
        org.Service.Create(Orgs.NewAccount("A"));

        org.Writes.Reset();

        Assert.That(org.Writes.Total, Is.Zero);
        Assert.That(org.Writes.CreatedIn(Orgs.Account), Is.Zero);
    }
}
