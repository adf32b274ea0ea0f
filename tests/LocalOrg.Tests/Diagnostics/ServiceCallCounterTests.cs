using System.Linq;
using LocalOrg.Pipeline;
using LocalOrg.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Tests.Diagnostics;

public class ServiceCallCounterTests
{
    [Test]
    public void Count_CallsFromTestsAndPlugins_CountedPerMessage()
    {
        var org = Orgs.CreateSut();
        org.RegisterStep("reads", "Create", PluginStage.PostOperation, kit => kit.Service.Retrieve(Orgs.Account, kit.Context.PrimaryEntityId, new ColumnSet(false)));

        var id = org.Service.Create(Orgs.NewAccount("A"));
        org.Service.Update(new Entity(Orgs.Account, id) { ["name"] = "B" });
        org.Service.RetrieveMultiple(new QueryExpression(Orgs.Account));

        Assert.Multiple(() =>
        {
            Assert.That(org.Calls.Total, Is.EqualTo(4));
            Assert.That(org.Calls.Count("Create"), Is.EqualTo(1));
            Assert.That(org.Calls.Count("retrieve"), Is.EqualTo(1));
            Assert.That(org.Calls.ByMessage.Keys, Is.EquivalentTo(new[] { "Create", "Retrieve", "Update", "RetrieveMultiple" }));
            Assert.That(org.Calls.All[1].StepName, Is.EqualTo("reads"));
            Assert.That(org.Calls.All[0].StepName, Is.Null);
            Assert.That(org.Calls.All[0].PrimaryEntityName, Is.EqualTo(Orgs.Account));
        });
    }

    [Test]
    public void Reset_AfterCalls_StartsFromZero()
    {
        var org = Orgs.CreateSut();
        org.Service.Create(Orgs.NewAccount("A"));

        org.Calls.Reset();
        org.Service.RetrieveMultiple(new QueryExpression(Orgs.Account));

        Assert.That(org.Calls.All.Select(c => c.MessageName), Is.EqualTo(new[] { "RetrieveMultiple" }));
    }

    [Test]
    public void Count_FailedCall_StillCounted()
    {
        var org = Orgs.CreateSut();

        Orgs.Fault(() => org.Service.Delete(Orgs.Account, System.Guid.NewGuid()));

        Assert.That(org.Calls.Count("Delete"), Is.EqualTo(1));
    }
}
