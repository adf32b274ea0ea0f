using System;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using LocalOrg.Pipeline;
using LocalOrg.Tests.TestSupport;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Tests.Pipeline;

public class RegisteredStepTests
{
    [Test]
    public void PassesFilter_UpdateWithoutFilteredColumn_StepSkipped()
    {
        var org = Orgs.CreateSut();
        var id = org.Service.Create(Orgs.NewAccount("A"));
        var runs = 0;
        org.RegisterStep("filtered", "Update", PluginStage.PostOperation, _ => runs++, filteringAttributes: new[] { "industrycode", "name" });

        org.Service.Update(new Entity(Orgs.Account, id) { ["numberofemployees"] = 3 });
        org.Service.Update(new Entity(Orgs.Account, id) { ["name"] = "B" });

        Assert.That(runs, Is.EqualTo(1));
    }

    [Test]
    public void PassesFilter_FilteringOnCreateStep_Ignored()
    {
        var org = Orgs.CreateSut();
        var runs = 0;
        org.RegisterStep("create", "Create", PluginStage.PostOperation, _ => runs++, filteringAttributes: new[] { "industrycode" });

        org.Service.Create(Orgs.NewAccount("A"));

        Assert.That(runs, Is.EqualTo(1));
    }

    [Test]
    public void Plugin_PluginType_BuiltWithConfigurationOnceAndReused()
    {
        var org = Orgs.CreateSut();
        org.RegisterStep(new StepRegistration
        {
            Name = "configured",
            MessageName = "Create",
            PrimaryEntityName = Orgs.Account,
            Stage = PluginStage.PostOperation,
            UnsecureConfiguration = "open",
            SecureConfiguration = "secret",
            PluginType = typeof(ConfiguredPlugin),
        });

        org.Service.Create(Orgs.NewAccount("A"));
        org.Service.Create(Orgs.NewAccount("B"));

        var lines = org.TraceLog.Select(t => t.Message).ToList();
        Assert.That(lines, Has.Count.EqualTo(2));
        Assert.That(lines[0], Does.StartWith("open|secret#"));
        Assert.That(lines[1], Is.EqualTo(lines[0]), "one instance, as the platform caches it");
    }

    [Test]
    public void Plugin_Factory_GetsBothConfigurations()
    {
        var org = Orgs.CreateSut();
        string? seen = null;
        org.RegisterStep(new StepRegistration
        {
            Name = "factory",
            MessageName = "Create",
            PrimaryEntityName = Orgs.Account,
            Stage = PluginStage.PostOperation,
            UnsecureConfiguration = "u",
            SecureConfiguration = "s",
            Plugin = (unsecure, secure) => new DelegatePlugin(_ => seen = unsecure + secure),
        });

        org.Service.Create(Orgs.NewAccount("A"));

        Assert.That(seen, Is.EqualTo("us"));
    }

    /// <summary>Traces its configuration and its instance's identity on every run.</summary>
    private sealed class ConfiguredPlugin : IPlugin
    {
        private readonly string _configuration;

        public ConfiguredPlugin(string unsecure, string secure)
        {
            _configuration = unsecure + "|" + secure;
        }

        public void Execute(IServiceProvider serviceProvider) =>
            ((ITracingService)serviceProvider.GetService(typeof(ITracingService))!)
                .Trace(_configuration + "#" + RuntimeHelpers.GetHashCode(this).ToString(CultureInfo.InvariantCulture));
    }
}
