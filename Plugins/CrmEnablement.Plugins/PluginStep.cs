using System;
using CrmEnablement.Plugins.Infrastructure;

namespace CrmEnablement.Plugins;

/// <summary>A plugin type and one step it is registered for.</summary>
public sealed record PluginStep(Type Plugin, StepRegistration Step);
