using System;
using LocalOrg.Diagnostics;
using LocalOrg.Execution;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Pipeline;

/// <summary>
/// The IOrganizationServiceFactory a plugin gets: services whose calls run through the pipeline one
/// Depth deeper, with the same correlation id, counted against this plugin execution. As documented
/// for plugins: null means the SYSTEM user, Guid.Empty the context's UserId, anything else that user.
/// </summary>
internal sealed class PluginServiceFactory : IOrganizationServiceFactory
{
    private readonly OrganizationCore _core;
    private readonly LocalPluginExecutionContext _context;
    private readonly PluginExecution _execution;

    internal PluginServiceFactory(OrganizationCore core, LocalPluginExecutionContext context, PluginExecution execution)
    {
        _core = core;
        _context = context;
        _execution = execution;
    }

    public IOrganizationService CreateOrganizationService(Guid? userId)
    {
        var user = userId is null ? _core.SystemUserId : userId == Guid.Empty ? _context.UserId : userId.Value;
        _core.Access.User(user);
        var scope = new ExecutionScope(user, _context.InitiatingUserId, _context.Depth, _context.CorrelationId, _context, _execution);
        return new OrganizationService(_core, scope);
    }
}
