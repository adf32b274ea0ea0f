using System;
using LocalOrg.Diagnostics;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Execution;

/// <summary>
/// Where a service's calls come from: the user it acts as, the user who started the chain, the
/// Depth of the operation its plugin runs in (0 outside the organization), the correlation id,
/// the plugin context (the nested operation's ParentContext), and the plugin execution its calls
/// are counted against.
/// </summary>
internal sealed record ExecutionScope(
    Guid UserId,
    Guid InitiatingUserId,
    int Depth,
    Guid? CorrelationId,
    IPluginExecutionContext? ParentContext,
    PluginExecution? Execution)
{
    internal static ExecutionScope External(Guid userId) => new(userId, userId, 0, null, null, null);

    internal string? StepName => Execution?.StepName;
}
