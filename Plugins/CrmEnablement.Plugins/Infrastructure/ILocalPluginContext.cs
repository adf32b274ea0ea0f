using System;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Infrastructure;

/// <summary>What one plugin execution works with, resolved once from the platform's service provider.</summary>
public interface ILocalPluginContext
{
    /// <summary>The platform's service provider.</summary>
    IServiceProvider ServiceProvider { get; }

    /// <summary>The execution context: message, table, stage, parameters, images, users.</summary>
    IPluginExecutionContext ExecutionContext { get; }

    /// <summary>The organization service acting as the context's user, so security roles apply.</summary>
    IOrganizationService UserService { get; }

    /// <summary>Creates services for other users.</summary>
    IOrganizationServiceFactory ServiceFactory { get; }

    /// <summary>Writes one line to the plugin trace log, stamped with the milliseconds since the previous line.</summary>
    void Trace(string message);
}
