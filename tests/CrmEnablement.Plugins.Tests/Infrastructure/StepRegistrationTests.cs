using System.Linq;
using CrmEnablement.Plugins.Infrastructure;
using CrmEnablement.Plugins.Steps;

namespace CrmEnablement.Plugins.Tests.Infrastructure;

/// <summary>The platform's registration rules, checked over every step the assembly declares.</summary>
public class StepRegistrationTests
{
    [Test]
    public void Steps_Asynchronous_OnlyInPostOperation()
    {
        var wrong = PluginCatalog.All.Where(entry => entry.Step.Mode == ExecutionMode.Asynchronous && entry.Step.Stage != PipelineStage.PostOperation);

        Assert.That(wrong.Select(entry => entry.ToString()), Is.Empty);
    }

    [Test]
    public void Steps_Update_AlwaysHaveFilteringAttributes()
    {
        // An Update step without them runs on every autosave (Solution Checker: meta-avoid-reg-no-attribute).
        var unfiltered = PluginCatalog.Steps().Where(entry => entry.Step.Message == MessageNames.Update && entry.Step.FilteringAttributes.Count == 0);

        Assert.That(unfiltered.Select(entry => entry.ToString()), Is.Empty);
    }

    [Test]
    public void Steps_CustomApi_IsTheOnlyMainOperation()
    {
        Assert.That(PluginCatalog.CustomApis().Select(entry => entry.Plugin), Is.EqualTo(new[] { typeof(GetContentSuggestionsPlugin) }));
        Assert.That(PluginCatalog.Steps().Select(entry => entry.Step.Stage), Has.None.EqualTo(PipelineStage.MainOperation));
    }

    [Test]
    public void Steps_EveryPlugin_DeclaresAtLeastOneStepAndADescription()
    {
        var plugins = typeof(PluginBase).Assembly.GetTypes().Where(type => type.IsSubclassOf(typeof(PluginBase)) && !type.IsAbstract);

        Assert.That(plugins, Is.EquivalentTo(PluginCatalog.All.Select(entry => entry.Plugin).Distinct()), "every plugin is in the catalogue");
        Assert.That(PluginCatalog.All.Where(entry => entry.Step.Description.Length == 0).Select(entry => entry.ToString()), Is.Empty);
    }

    [Test]
    public void ToString_UpdateStep_NamesMessageTableStageModeAndColumns()
    {
        var step = PersistSuggestionsPlugin.Steps.Single(registration => registration.Message == MessageNames.Update);

        Assert.That(step.ToString(), Does.StartWith("Update of opportunity, PostOperation, Asynchronous, when ").And.Contains("salesstage"));
    }
}
