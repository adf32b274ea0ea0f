using System;
using System.Collections.Generic;
using LocalOrg.Pipeline;
using LocalOrg.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace LocalOrg.Tests.Execution;

public class UpsertHandlerTests
{
    private static LocalOrganization CreateSut()
    {
        var org = Orgs.CreateSut();
        org.DefineAlternateKey(Orgs.Account, "number", "accountnumber");
        return org;
    }

    private static UpsertResponse Upsert(LocalOrganization org, string number, string name) =>
        (UpsertResponse)org.Service.Execute(new UpsertRequest { Target = new Entity(Orgs.Account, "accountnumber", number) { ["name"] = name } });

    [Test]
    public void Upsert_NewKey_CreatesWithTheKeyValues()
    {
        var org = CreateSut();

        var response = Upsert(org, "A-1", "First");

        var row = org.Find(Orgs.Account, response.Target.Id)!;
        Assert.That(response.RecordCreated, Is.True);
        Assert.That(response.Target.LogicalName, Is.EqualTo(Orgs.Account));
        Assert.That(row["accountnumber"], Is.EqualTo("A-1"));
        Assert.That(row["name"], Is.EqualTo("First"));
    }

    [Test]
    public void Upsert_SameKeyAgain_UpdatesTheSameRow()
    {
        var org = CreateSut();
        var created = Upsert(org, "A-1", "First");

        var updated = Upsert(org, "A-1", "Second");

        Assert.That(updated.RecordCreated, Is.False);
        Assert.That(updated.Target.Id, Is.EqualTo(created.Target.Id));
        Assert.That(org.Rows(Orgs.Account), Has.Count.EqualTo(1));
        Assert.That(org.Find(Orgs.Account, created.Target.Id)!["name"], Is.EqualTo("Second"));
    }

    [Test]
    public void Upsert_ById_CreatesThenUpdates()
    {
        var org = CreateSut();
        var id = Guid.Parse("00000000-0000-0000-0000-0000000000f1");

        var first = (UpsertResponse)org.Service.Execute(new UpsertRequest { Target = new Entity(Orgs.Account, id) { ["name"] = "a" } });
        var second = (UpsertResponse)org.Service.Execute(new UpsertRequest { Target = new Entity(Orgs.Account, id) { ["name"] = "b" } });

        Assert.That((first.RecordCreated, second.RecordCreated), Is.EqualTo((true, false)));
        Assert.That(org.Find(Orgs.Account, id)!["name"], Is.EqualTo("b"));
    }

    [Test]
    public void Upsert_InnerMessage_CreateThenUpdateStepsRunAtTheSameDepth()
    {
        var org = CreateSut();
        var seen = new List<string>();
        org.RegisterStep("upsert", "Upsert", PluginStage.PreOperation, kit => seen.Add("Upsert@" + kit.Context.Depth));
        org.RegisterStep("create", "Create", PluginStage.PostOperation, kit => seen.Add("Create@" + kit.Context.Depth));
        org.RegisterStep("update", "Update", PluginStage.PostOperation, kit => seen.Add("Update@" + kit.Context.Depth));

        Upsert(org, "A-1", "First");
        Upsert(org, "A-1", "Second");

        Assert.That(seen, Is.EqualTo(new[] { "Upsert@1", "Create@1", "Upsert@1", "Update@1" }));
        Assert.That(org.Calls.Count("Upsert"), Is.EqualTo(2));
        Assert.That(org.Calls.Count("Create"), Is.Zero, "the inner message is not a service call");
    }
}
