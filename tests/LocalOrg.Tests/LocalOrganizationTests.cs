using System;
using System.Linq;
using System.Threading.Tasks;
using LocalOrg.Diagnostics;
using LocalOrg.Pipeline;
using LocalOrg.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Tests;

public class LocalOrganizationTests
{
    [Test]
    public void Seed_RowsWithoutPipeline_StoredWithDefaultsAndNoPlugins()
    {
        var org = Orgs.CreateSut();
        var runs = 0;
        org.RegisterStep("never", "Create", PluginStage.PostOperation, _ => runs++);

        var ids = org.Seed(Orgs.NewAccount("A"), new Entity(Orgs.Account, Guid.Parse("00000000-0000-0000-0000-0000000000ee")));

        Assert.That(runs, Is.Zero);
        Assert.That(ids[1], Is.EqualTo(Guid.Parse("00000000-0000-0000-0000-0000000000ee")));
        Assert.That(org.Find(Orgs.Account, ids[0])!.GetAttributeValue<EntityReference>("ownerid").Id, Is.EqualTo(org.AdministratorId));
        Assert.That(org.Calls.Total, Is.Zero);
    }

    [Test]
    public void AddUser_NewUser_HasASystemUserRowWithItsName()
    {
        var org = Orgs.CreateSut();

        var rep = org.AddUser("Riley Rep");

        Assert.That(org.Find("systemuser", rep)!["fullname"], Is.EqualTo("Riley Rep"));
        Assert.That(org.Users.Select(u => u.Name), Is.EquivalentTo(new[] { "System Administrator", "SYSTEM", "Riley Rep" }));
    }

    [Test]
    public void CreateService_UnknownUser_Throws()
    {
        var org = Orgs.CreateSut();

        Assert.Throws<ArgumentException>(() => org.CreateService(Guid.NewGuid()));
    }

    [Test]
    public void Rows_Mutated_StoreUnchanged()
    {
        var org = Orgs.CreateSut();
        org.Seed(Orgs.NewAccount("A"));

        org.Rows(Orgs.Account)[0]["name"] = "B";

        Assert.That(org.Rows(Orgs.Account)[0]["name"], Is.EqualTo("A"));
    }

    [Test]
    public void ClearHistory_AfterRuns_ForgetsExecutionsTracesAndFinishedJobs()
    {
        var org = Orgs.CreateSut(AsyncMode.Immediate);
        org.RegisterStep("t", "Create", PluginStage.PostOperation, kit => kit.Tracing.Trace("x"), mode: StepMode.Asynchronous);
        org.Service.Create(Orgs.NewAccount("A"));

        org.ClearHistory();

        Assert.That(org.Executions, Is.Empty);
        Assert.That(org.TraceLog, Is.Empty);
        Assert.That(org.SystemJobs, Is.Empty);
    }

    [Test]
    public void DrainAsync_JobsQueueMoreJobs_RunsUntilEmpty()
    {
        var org = Orgs.CreateSut();
        org.RegisterStep("account", "Create", PluginStage.PostOperation, kit => kit.Service.Create(new Entity(Orgs.Contact)), mode: StepMode.Asynchronous);
        org.RegisterStep("contact", "Create", PluginStage.PostOperation, _ => { }, table: Orgs.Contact, mode: StepMode.Asynchronous);
        org.Service.Create(Orgs.NewAccount("A"));

        var ran = org.DrainAsync();

        Assert.That(ran, Is.EqualTo(2));
        Assert.That(org.SystemJobs.Select(j => (j.StepName, j.Status)), Is.EqualTo(new[] { ("account", SystemJobStatus.Succeeded), ("contact", SystemJobStatus.Succeeded) }));
    }

    [Test]
    public void Service_ManyOrganizationsInParallel_EachSeesOnlyItsOwnRows()
    {
        var counts = new int[16];

        Parallel.For(0, counts.Length, i =>
        {
            var org = Orgs.CreateSut();
            for (var n = 0; n <= i; n++)
            {
                org.Service.Create(Orgs.NewAccount("A" + n));
            }

            counts[i] = org.Service.RetrieveMultiple(new QueryExpression(Orgs.Account)).Entities.Count;
        });

        Assert.That(counts, Is.EqualTo(Enumerable.Range(1, counts.Length)));
    }
}
