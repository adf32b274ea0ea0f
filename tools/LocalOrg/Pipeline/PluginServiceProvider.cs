using System;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Pipeline;

/// <summary>The IServiceProvider a plugin's Execute gets: context, tracing and the organization-service factory.</summary>
internal sealed class PluginServiceProvider : IServiceProvider
{
    private readonly LocalPluginExecutionContext _context;
    private readonly ITracingService _tracing;
    private readonly IOrganizationServiceFactory _factory;

    internal PluginServiceProvider(LocalPluginExecutionContext context, ITracingService tracing, IOrganizationServiceFactory factory)
    {
        _context = context;
        _tracing = tracing;
        _factory = factory;
    }

    public object? GetService(Type serviceType)
    {
        if (serviceType == typeof(IPluginExecutionContext) || serviceType == typeof(IExecutionContext))
        {
            return _context;
        }

        if (serviceType == typeof(ITracingService))
        {
            return _tracing;
        }

        return serviceType == typeof(IOrganizationServiceFactory) ? _factory : null;
    }
}
