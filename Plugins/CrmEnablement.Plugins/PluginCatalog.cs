using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Plugins.Infrastructure;
using CrmEnablement.Plugins.Steps;

namespace CrmEnablement.Plugins;

/// <summary>
/// Every plugin type in the assembly with its registrations: what the solution's step files, the
/// test pipeline and the sandbox register.
/// </summary>
public static class PluginCatalog
{
    /// <summary>Each plugin type and its steps.</summary>
    public static readonly IReadOnlyList<PluginStep> All = new[]
    {
        typeof(PersistSuggestionsPlugin), typeof(GetContentSuggestionsPlugin), typeof(AggregateInteractionPlugin),
        typeof(StampOutcomePlugin), typeof(BumpCatalogVersionPlugin), typeof(RerankForStakeholderPlugin), typeof(RerankForContactRolePlugin),
        typeof(RerankForStageMovePlugin), typeof(DismissSuggestionPlugin),
    }.SelectMany(type => Create(type).Registrations.Select(step => new PluginStep(type, step))).ToArray();

    /// <summary>A new instance of <paramref name="plugin"/>.</summary>
    public static PluginBase Create(Type plugin) => (PluginBase)Activator.CreateInstance(plugin)!;

    /// <summary>Every step that needs registering; a Custom API's main operation needs none.</summary>
    public static IEnumerable<PluginStep> Steps() => All.Where(entry => entry.Step.Stage != PipelineStage.MainOperation);

    /// <summary>The plugin registered as the main operation of a Custom API.</summary>
    public static IEnumerable<PluginStep> CustomApis() => All.Where(entry => entry.Step.Stage == PipelineStage.MainOperation);
}
