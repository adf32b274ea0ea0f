using System.Collections.Generic;
using System.Linq;
using LocalOrg.Diagnostics;
using LocalOrg.Faults;
using LocalOrg.Pipeline;
using LocalOrg.Tests.TestSupport;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Tests.Execution;

public class OperationRunnerTests
{
    [Test]
    public void Run_StepsInSeveralStages_RunByStageThenRankThenRegistrationOrder()
    {
        var org = Orgs.CreateSut();
        var order = new List<string>();
        org.RegisterStep("post", "Create", PluginStage.PostOperation, _ => order.Add("post"));
        org.RegisterStep("pre-rank2", "Create", PluginStage.PreOperation, _ => order.Add("pre-rank2"), rank: 2);
        org.RegisterStep("pre-rank1-a", "Create", PluginStage.PreOperation, _ => order.Add("pre-rank1-a"), rank: 1);
        org.RegisterStep("validation", "Create", PluginStage.PreValidation, _ => order.Add("validation"));
        org.RegisterStep("pre-rank1-b", "Create", PluginStage.PreOperation, _ => order.Add("pre-rank1-b"), rank: 1);
        org.RegisterStep("other-table", "Create", PluginStage.PreOperation, _ => order.Add("other-table"), table: Orgs.Contact);
        org.RegisterStep("any-table", "Create", PluginStage.PreOperation, _ => order.Add("any-table"), table: null, rank: 3);

        org.Service.Create(Orgs.NewAccount("A"));

        Assert.That(order, Is.EqualTo(new[] { "validation", "pre-rank1-a", "pre-rank1-b", "pre-rank2", "any-table", "post" }));
    }

    [Test]
    public void Run_PreOperationChangesTarget_MainOperationWritesTheChange()
    {
        var org = Orgs.CreateSut();
        org.RegisterStep("upper", "Create", PluginStage.PreOperation, kit => kit.Target["name"] = ((string)kit.Target["name"]).ToUpperInvariant());

        var id = org.Service.Create(Orgs.NewAccount("contoso"));

        Assert.That(org.Find(Orgs.Account, id)!["name"], Is.EqualTo("CONTOSO"));
    }

    [Test]
    public void Run_SharedVariables_FlowFromPreValidationToPostOperation()
    {
        var org = Orgs.CreateSut();
        object? seen = null;
        org.RegisterStep("set", "Create", PluginStage.PreValidation, kit => kit.Context.SharedVariables["tag"] = "from-10");
        org.RegisterStep("read", "Create", PluginStage.PostOperation, kit => seen = kit.Context.SharedVariables["tag"]);

        org.Service.Create(Orgs.NewAccount("A"));

        Assert.That(seen, Is.EqualTo("from-10"));
    }

    [Test]
    public void Run_PostOperation_SeesOutputParametersAndTheNewId()
    {
        var org = Orgs.CreateSut();
        object? output = null;
        System.Guid primaryId = default;
        org.RegisterStep("post", "Create", PluginStage.PostOperation, kit =>
        {
            output = kit.Context.OutputParameters["id"];
            primaryId = kit.Context.PrimaryEntityId;
        });

        var id = org.Service.Create(Orgs.NewAccount("A"));

        Assert.That(output, Is.EqualTo(id));
        Assert.That(primaryId, Is.EqualTo(id));
    }

    [Test]
    public void Run_PluginCallsService_DepthIncreasesAndCorrelationStays()
    {
        var org = Orgs.CreateSut();
        var seen = new List<(int Depth, System.Guid Correlation, string Table)>();
        org.RegisterStep("account", "Create", PluginStage.PostOperation, kit =>
        {
            seen.Add((kit.Context.Depth, kit.Context.CorrelationId, kit.Context.PrimaryEntityName));
            kit.Service.Create(new Entity(Orgs.Contact) { ["fullname"] = "child" });
        });
        org.RegisterStep("contact", "Create", PluginStage.PostOperation, kit =>
            seen.Add((kit.Context.Depth, kit.Context.CorrelationId, kit.Context.PrimaryEntityName)), table: Orgs.Contact);

        org.Service.Create(Orgs.NewAccount("A"));

        Assert.That(seen.Select(s => s.Depth), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(seen[1].Correlation, Is.EqualTo(seen[0].Correlation));
    }

    [Test]
    public void Run_PluginUpdatesItsOwnRowForever_StopsAtDepthEightWithTheLoopFault()
    {
        var org = Orgs.CreateSut();
        var depths = new List<int>();
        org.RegisterStep("loop", "Update", PluginStage.PostOperation, kit =>
        {
            depths.Add(kit.Context.Depth);
            kit.Service.Update(new Entity(Orgs.Account, kit.Context.PrimaryEntityId) { ["numberofemployees"] = kit.Context.Depth });
        });
        var id = org.Service.Create(Orgs.NewAccount("A"));

        var fault = Orgs.Fault(() => org.Service.Update(new Entity(Orgs.Account, id) { ["name"] = "B" }));

        Assert.That(fault.ErrorCode, Is.EqualTo(ErrorCodes.SdkCorrelationTokenDepthTooHigh));
        Assert.That(fault.Message, Is.EqualTo(FaultMessages.InfiniteLoop));
        Assert.That(depths, Is.EqualTo(Enumerable.Range(1, 8)));
        Assert.That(org.Find(Orgs.Account, id)!["name"], Is.EqualTo("A"), "the whole chain rolled back");
    }

    [Test]
    public void Run_PostOperationThrows_RollsBackTheRowAndItsNestedWrites()
    {
        var org = Orgs.CreateSut();
        var existing = org.Service.Create(Orgs.NewAccount("Keep"));
        org.Writes.Reset();
        org.RegisterStep("nested", "Create", PluginStage.PostOperation, kit =>
        {
            kit.Service.Create(new Entity(Orgs.Contact) { ["fullname"] = "child" });
            kit.Service.Update(new Entity(Orgs.Account, existing) { ["name"] = "Changed" });
            kit.Service.Delete(Orgs.Account, existing);
        }, rank: 1);
        org.RegisterStep("fail", "Create", PluginStage.PostOperation, _ => throw new InvalidPluginExecutionException("No."), rank: 2);

        var fault = Orgs.Fault(() => org.Service.Create(Orgs.NewAccount("New")));

        Assert.Multiple(() =>
        {
            Assert.That(fault.ErrorCode, Is.EqualTo(ErrorCodes.IsvAborted));
            Assert.That(fault.Message, Is.EqualTo("No."));
            Assert.That(org.Rows(Orgs.Account).Select(r => r["name"]), Is.EqualTo(new[] { "Keep" }));
            Assert.That(org.Rows(Orgs.Contact), Is.Empty);
            Assert.That(org.Writes.Total, Is.Zero);
        });
    }

    [Test]
    public void Run_PreOperationThrows_NothingWritten()
    {
        var org = Orgs.CreateSut();
        org.RegisterStep("fail", "Create", PluginStage.PreOperation, _ => throw new InvalidPluginExecutionException("Stop"));

        Orgs.Fault(() => org.Service.Create(Orgs.NewAccount("A")));

        Assert.That(org.Rows(Orgs.Account), Is.Empty);
    }

    [Test]
    public void Run_PreValidationAtDepthOneWritesThenOperationFails_ThoseWritesStay()
    {
        var org = Orgs.CreateSut();
        org.RegisterStep("audit", "Create", PluginStage.PreValidation, kit => kit.Service.Create(new Entity("cen_audit")));
        org.RegisterStep("fail", "Create", PluginStage.PreOperation, _ => throw new InvalidPluginExecutionException("x"));

        Orgs.Fault(() => org.Service.Create(Orgs.NewAccount("A")));

        Assert.That(org.Rows("cen_audit"), Has.Count.EqualTo(1), "PreValidation at Depth 1 runs before the transaction opens");
        Assert.That(org.Rows(Orgs.Account), Is.Empty);
    }

    [Test]
    public void Run_NestedCallFailsAndPluginCatchesIt_OnlyTheNestedWritesAreUndone()
    {
        var org = Orgs.CreateSut();
        org.RegisterStep("reject-contacts", "Create", PluginStage.PostOperation, _ => throw new InvalidPluginExecutionException("no contacts"), table: Orgs.Contact);
        org.RegisterStep("try", "Create", PluginStage.PostOperation, kit =>
        {
            try
            {
                kit.Service.Create(new Entity(Orgs.Contact));
            }
            catch (System.ServiceModel.FaultException<OrganizationServiceFault>)
            {
                kit.Tracing.Trace("contact refused");
            }
        });

        org.Service.Create(Orgs.NewAccount("A"));

        Assert.That(org.Rows(Orgs.Account), Has.Count.EqualTo(1));
        Assert.That(org.Rows(Orgs.Contact), Is.Empty);
    }

    [Test]
    public void Run_AsyncStep_QueuedUntilDrainedThenSucceeds()
    {
        var org = Orgs.CreateSut();
        org.RegisterStep("async", "Create", PluginStage.PostOperation, kit =>
        {
            Assert.That(kit.Context.Mode, Is.EqualTo(1));
            Assert.That(kit.Context.IsInTransaction, Is.False);
            kit.Service.Update(new Entity(Orgs.Account, kit.Context.PrimaryEntityId) { ["description"] = "async ran" });
        }, mode: StepMode.Asynchronous);

        var id = org.Service.Create(Orgs.NewAccount("A"));
        var before = org.Find(Orgs.Account, id)!.Contains("description");
        var waiting = org.PendingAsyncJobs;
        var ran = org.DrainAsync();

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.False);
            Assert.That(waiting, Is.EqualTo(1));
            Assert.That(ran, Is.EqualTo(1));
            Assert.That(org.Find(Orgs.Account, id)!["description"], Is.EqualTo("async ran"));
            Assert.That(org.SystemJobs.Single().Status, Is.EqualTo(SystemJobStatus.Succeeded));
            Assert.That(org.SystemJobs.Single().PrimaryEntityId, Is.EqualTo(id));
        });
    }

    [Test]
    public void Run_ImmediateMode_AsyncStepRunsBeforeTheCallReturns()
    {
        var org = Orgs.CreateSut(AsyncMode.Immediate);
        org.RegisterStep("async", "Create", PluginStage.PostOperation, kit =>
            kit.Service.Update(new Entity(Orgs.Account, kit.Context.PrimaryEntityId) { ["description"] = "done" }), mode: StepMode.Asynchronous);

        var id = org.Service.Create(Orgs.NewAccount("A"));

        Assert.That(org.Find(Orgs.Account, id)!["description"], Is.EqualTo("done"));
        Assert.That(org.PendingAsyncJobs, Is.Zero);
    }

    [Test]
    public void Run_AsyncStepThrows_FailedSystemJobAndTheCallerIsUnaffected()
    {
        var org = Orgs.CreateSut(AsyncMode.Immediate);
        org.RegisterStep("broken", "Create", PluginStage.PostOperation, _ => throw new InvalidPluginExecutionException("Suggestions unavailable."), mode: StepMode.Asynchronous);

        var id = org.Service.Create(Orgs.NewAccount("A"));

        var job = org.SystemJobs.Single();
        Assert.Multiple(() =>
        {
            Assert.That(org.Find(Orgs.Account, id), Is.Not.Null);
            Assert.That(job.Status, Is.EqualTo(SystemJobStatus.Failed));
            Assert.That(job.StepName, Is.EqualTo("broken"));
            Assert.That(job.MessageName, Is.EqualTo("Create"));
            Assert.That(job.ErrorMessage, Is.EqualTo("Suggestions unavailable."));
        });
    }

    [Test]
    public void Run_OperationRolledBack_ItsAsyncJobIsNeverQueued()
    {
        var org = Orgs.CreateSut();
        org.RegisterStep("async", "Create", PluginStage.PostOperation, _ => { }, mode: StepMode.Asynchronous);
        org.RegisterStep("fail", "Create", PluginStage.PostOperation, _ => throw new InvalidPluginExecutionException("x"));

        Orgs.Fault(() => org.Service.Create(Orgs.NewAccount("A")));

        Assert.That(org.PendingAsyncJobs, Is.Zero);
        Assert.That(org.SystemJobs, Is.Empty);
    }

    [Test]
    public void Run_UnknownRequest_FaultsNotSupported()
    {
        var org = Orgs.CreateSut();

        var fault = Orgs.Fault(() => org.Service.Execute(new OrganizationRequest("cen_Nothing")));

        Assert.That(fault.ErrorCode, Is.EqualTo(ErrorCodes.NotSupported));
        Assert.That(fault.Message, Does.StartWith("Request cen_Nothing is not supported"));
    }
}
