using System;
using System.Collections.Generic;
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
        ConfiguredPlugin.Seen.Clear();
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

        Assert.That(ConfiguredPlugin.Seen, Has.Count.EqualTo(2));
        Assert.That(ConfiguredPlugin.Seen[0], Is.EqualTo("open|secret"));
        Assert.That(ConfiguredPlugin.Seen[1], Is.SameAs(ConfiguredPlugin.Seen[0]), "one instance, as the platform caches it");
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

    /// <summary>Records its configuration string (the same instance each call) per run; used by one test only.</summary>
    private sealed class ConfiguredPlugin : IPlugin
    {
        private readonly string _configuration;

        public ConfiguredPlugin(string unsecure, string secure)
        {
            _configuration = unsecure + "|" + secure;
        }

        [ThreadStatic]
        private static List<string>? _seen;

        internal static List<string> Seen => _seen ??= new List<string>();

        public void Execute(IServiceProvider serviceProvider) => Seen.Add(_configuration);
    }
}
