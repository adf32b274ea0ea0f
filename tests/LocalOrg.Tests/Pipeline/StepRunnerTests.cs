using System;
using System.Linq;
using LocalOrg.Faults;
using LocalOrg.Pipeline;
using LocalOrg.Tests.TestSupport;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Tests.Pipeline;

public class StepRunnerTests
{
    [Test]
    public void Run_PluginTraces_LinesCapturedPerExecutionWithTheStepName()
    {
        var org = Orgs.CreateSut();
        org.RegisterStep("tracer", "Create", PluginStage.PostOperation, kit =>
        {
            kit.Tracing.Trace("Entered {0} at depth {1}", kit.Context.MessageName, kit.Context.Depth);
            kit.Tracing.Trace("plain {0} text");
        });

        org.Service.Create(Orgs.NewAccount("A"));

        var execution = org.Executions.Single();
        Assert.That(execution.Trace, Is.EqualTo(new[] { "Entered Create at depth 1", "plain {0} text" }));
        Assert.That(org.TraceLog.Select(t => (t.StepName, t.Message)), Is.EqualTo(new[] { ("tracer", "Entered Create at depth 1"), ("tracer", "plain {0} text") }));
        Assert.That(execution.Succeeded, Is.True);
    }

    [Test]
    public void Run_PluginThrowsAnythingElse_IsvUnExpectedWithTheExceptionInTraceText()
    {
        var org = Orgs.CreateSut();
        org.RegisterStep("buggy", "Create", PluginStage.PreOperation, kit =>
        {
            kit.Tracing.Trace("about to fail");
            throw new InvalidOperationException("null settings");
        });

        var fault = Orgs.Fault(() => org.Service.Create(Orgs.NewAccount("A")));

        Assert.Multiple(() =>
        {
            Assert.That(fault.ErrorCode, Is.EqualTo(ErrorCodes.IsvUnExpected));
            Assert.That(fault.Message, Is.EqualTo(FaultMessages.UnexpectedPluginError));
            Assert.That(fault.TraceText, Does.Contain("System.InvalidOperationException: null settings").And.Contain("about to fail"));
            Assert.That(org.Executions.Single().ErrorMessage, Is.EqualTo("null settings"));
        });
    }

    [Test]
    public void Run_PluginLetsANestedFaultThrough_CallerGetsThatFaultsCode()
    {
        var org = Orgs.CreateSut();
        org.RegisterStep("reads-missing", "Create", PluginStage.PostOperation, kit =>
            kit.Service.Retrieve(Orgs.Contact, Guid.Parse("00000000-0000-0000-0000-000000000077"), new Microsoft.Xrm.Sdk.Query.ColumnSet(true)));

        var fault = Orgs.Fault(() => org.Service.Create(Orgs.NewAccount("A")));

        Assert.That(fault.ErrorCode, Is.EqualTo(ErrorCodes.ObjectDoesNotExist));
    }

    [Test]
    public void Run_PluginThrowsNotSupported_PassesThroughUntouched()
    {
        var org = Orgs.CreateSut();
        org.RegisterStep("fetch", "Create", PluginStage.PostOperation, kit =>
            kit.Service.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.FetchExpression("<fetch/>")));

        Assert.Throws<NotSupportedException>(() => org.Service.Create(Orgs.NewAccount("A")));
    }

    [Test]
    public void Run_InvalidPluginExecutionException_IsvAbortedWithThePluginsMessage()
    {
        var org = Orgs.CreateSut();
        org.RegisterStep("guard", "Create", PluginStage.PreValidation, _ => throw new InvalidPluginExecutionException("Choose an account first."));

        var fault = Orgs.Fault(() => org.Service.Create(Orgs.NewAccount("A")));

        Assert.That(fault.ErrorCode, Is.EqualTo(ErrorCodes.IsvAborted));
        Assert.That(fault.Message, Is.EqualTo("Choose an account first."));
    }
}
