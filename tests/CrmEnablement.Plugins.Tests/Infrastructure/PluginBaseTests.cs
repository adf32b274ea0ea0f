using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using CrmEnablement.Plugins.Infrastructure;
using CrmEnablement.Plugins.Tests.TestSupport;
using LocalOrg.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using LocalStep = LocalOrg.Pipeline.StepRegistration;
using StepRegistration = CrmEnablement.Plugins.Infrastructure.StepRegistration;

namespace CrmEnablement.Plugins.Tests.Infrastructure;

/// <summary>The contract every plugin inherits: the registration guard, tracing and plain errors.</summary>
public class PluginBaseTests
{
    private Org _org = null!;

    [SetUp]
    public void SetUp() => _org = new Org();

    [Test]
    public void Execute_UnexpectedFailure_PlainMessageWithCorrelationIdAndDetailsInTrace()
    {
        Register<ThrowingPlugin>("account", PluginStage.PreOperation);

        var error = Assert.Throws<FaultException<OrganizationServiceFault>>(() => _org.Admin.Create(new Entity("account")));

        var execution = _org.Local.Executions.Single(run => run.StepName == nameof(ThrowingPlugin));
        Assert.That(error!.Message, Is.EqualTo(PluginTexts.Unexpected(nameof(ThrowingPlugin), execution.CorrelationId)));
        Assert.That(error.Message, Does.Not.Contain("NullReference"), "no technical details for the rep");
        Assert.That(execution.Trace, Has.Some.Contains("System.NullReferenceException"), "details for the admin");
        Assert.That(_org.Local.Rows("account"), Is.Empty, "the failed save is rolled back");
    }

    [Test]
    public void Execute_UserServiceCannotBeCreated_PlainMessageWithCorrelationIdAndDetailsInTrace()
    {
        Register<WithRefusingServiceFactory>("account", PluginStage.PreOperation);

        var error = Assert.Throws<FaultException<OrganizationServiceFault>>(() => _org.Admin.Create(new Entity("account")));

        var execution = _org.Local.Executions.Single(run => run.StepName == nameof(WithRefusingServiceFactory));
        Assert.That(error!.Message, Is.EqualTo(PluginTexts.Unexpected(nameof(UserServicePlugin), execution.CorrelationId)));
        Assert.That(execution.Trace, Has.Some.Contains(RefusingServiceFactory.Reason), "details for the admin");
    }

    [Test]
    public void Execute_ServiceProviderFails_PlainMessage()
    {
        Register<WithFailingServiceProvider>("account", PluginStage.PreOperation);

        var error = Assert.Throws<FaultException<OrganizationServiceFault>>(() => _org.Admin.Create(new Entity("account")));

        Assert.That(error!.Message, Is.EqualTo(PluginTexts.CouldNotStart(nameof(UserServicePlugin))));
        Assert.That(_org.Local.Rows("account"), Is.Empty, "the failed save is rolled back");
    }

    [Test]
    public void Execute_RegisteredElsewhere_DoesNothingAndSaysWhy()
    {
        // Registered by someone on contact, but the plugin declares account only.
        Register<ThrowingPlugin>("contact", PluginStage.PreOperation);

        _org.Admin.Create(new Entity("contact"));

        var execution = _org.Local.Executions.Single(run => run.StepName == nameof(ThrowingPlugin));
        Assert.That(execution.Succeeded, Is.True);
        Assert.That(execution.Trace, Has.Some.Contains(PluginTexts.NotRegistered(nameof(ThrowingPlugin), "Create", "contact", 20, 0)));
    }

    [Test]
    public void Execute_Registered_TracesEntryAndExitWithCorrelationIdAndElapsedTime()
    {
        Register<ThrowingPlugin>("contact", PluginStage.PreOperation);

        _org.Admin.Create(new Entity("contact"));

        var execution = _org.Local.Executions.Single();
        Assert.That(execution.Trace.First(), Does.Match(@"^\[\+\d+ms\] ").And.Contains(execution.CorrelationId.ToString()));
        Assert.That(execution.Trace.Last(), Does.EndWith(PluginTexts.Exiting(nameof(ThrowingPlugin))));
    }

    private void Register<T>(string table, PluginStage stage)
        where T : IPlugin =>
        _org.Local.RegisterStep(new LocalStep { Name = typeof(T).Name, MessageName = "Create", PrimaryEntityName = table, Stage = stage, PluginType = typeof(T) });

    /// <summary>A plugin registered for Create of account that fails with an unexpected exception.</summary>
    public sealed class ThrowingPlugin : PluginBase
    {
        public override IReadOnlyList<StepRegistration> Registrations { get; } = new[]
        {
            new StepRegistration { Message = "Create", PrimaryEntity = "account", Stage = CrmEnablement.Plugins.Infrastructure.PipelineStage.PreOperation },
        };

        protected override void ExecutePlugin(ILocalPluginContext context)
        {
            string? missing = null;
            context.Trace("about to fail: " + missing!.Length);
        }
    }

    /// <summary>A plugin registered for Create of account that reads through the user's organization service.</summary>
    public sealed class UserServicePlugin : PluginBase
    {
        public override IReadOnlyList<StepRegistration> Registrations { get; } = new[]
        {
            new StepRegistration { Message = "Create", PrimaryEntity = "account", Stage = CrmEnablement.Plugins.Infrastructure.PipelineStage.PreOperation },
        };

        protected override void ExecutePlugin(ILocalPluginContext context) =>
            context.UserService.RetrieveMultiple(new QueryExpression("account"));
    }

    /// <summary>Runs <see cref="UserServicePlugin"/> where the platform cannot create an organization service.</summary>
    public sealed class WithRefusingServiceFactory : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider) =>
            new UserServicePlugin().Execute(new AlteredServiceProvider(serviceProvider, typeof(IOrganizationServiceFactory), () => new RefusingServiceFactory()));
    }

    /// <summary>Runs <see cref="UserServicePlugin"/> where the service provider itself fails when asked for the tracer.</summary>
    public sealed class WithFailingServiceProvider : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider) =>
            new UserServicePlugin().Execute(new AlteredServiceProvider(serviceProvider, typeof(ITracingService), () => throw new InvalidOperationException("The sandbox worker was recycled.")));
    }
}
