using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>The entry point the platform calls for every registered step of a plugin class.</summary>
public interface IPlugin
{
    /// <summary>Runs the plugin for one event.</summary>
    /// <param name="serviceProvider">Gives the execution context, the tracing service, the
    /// organization service factory and the plugin logger.</param>
    void Execute(IServiceProvider serviceProvider);
}
