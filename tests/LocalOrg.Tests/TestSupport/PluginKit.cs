using System;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Tests.TestSupport;

/// <summary>What a test plugin reads from its service provider, obtained the documented way.</summary>
internal sealed class PluginKit
{
    internal PluginKit(IServiceProvider provider)
    {
        Provider = provider;
        Context = (IPluginExecutionContext)provider.GetService(typeof(IPluginExecutionContext))!;
        Tracing = (ITracingService)provider.GetService(typeof(ITracingService))!;
        Factory = (IOrganizationServiceFactory)provider.GetService(typeof(IOrganizationServiceFactory))!;
    }

    internal IServiceProvider Provider { get; }

    internal IPluginExecutionContext Context { get; }

    internal ITracingService Tracing { get; }

    internal IOrganizationServiceFactory Factory { get; }

    /// <summary>The service for the context's user, as plugins normally get it.</summary>
    internal IOrganizationService Service => Factory.CreateOrganizationService(Context.UserId);

    internal Entity Target => (Entity)Context.InputParameters["Target"];
}
