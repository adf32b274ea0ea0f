using System;
using System.Collections.Generic;
using LocalOrg.Pipeline;

namespace LocalOrg.Diagnostics;

/// <summary>
/// One run of one plugin: which step, in what context, what it traced, which service calls it made
/// and how it ended. Kept after a rollback, as the platform keeps its trace log.
/// </summary>
public sealed class PluginExecution
{
    private readonly List<string> _trace = new();
    private readonly List<ServiceCall> _calls = new();

    internal PluginExecution(string stepName, string messageName, string primaryEntityName, Guid primaryEntityId, int stage, StepMode mode, int depth, Guid userId, Guid initiatingUserId, Guid correlationId)
    {
        StepName = stepName;
        MessageName = messageName;
        PrimaryEntityName = primaryEntityName;
        PrimaryEntityId = primaryEntityId;
        Stage = stage;
        Mode = mode;
        Depth = depth;
        UserId = userId;
        InitiatingUserId = initiatingUserId;
        CorrelationId = correlationId;
    }

    /// <summary>Gets the step name (for a Custom API's main operation, its unique name).</summary>
    public string StepName { get; }

    /// <summary>Gets the message the step ran for.</summary>
    public string MessageName { get; }

    /// <summary>Gets the table of the operation, or "none".</summary>
    public string PrimaryEntityName { get; }

    /// <summary>Gets the id of the operation's row, when it had one at the time the step ran.</summary>
    public Guid PrimaryEntityId { get; }

    /// <summary>Gets the stage: 10, 20, 30 (a Custom API's main operation) or 40.</summary>
    public int Stage { get; }

    /// <summary>Gets whether it ran synchronously or from the async queue.</summary>
    public StepMode Mode { get; }

    /// <summary>Gets the context's Depth.</summary>
    public int Depth { get; }

    /// <summary>Gets the context's UserId (the run-as user when the step has one).</summary>
    public Guid UserId { get; }

    /// <summary>Gets the context's InitiatingUserId.</summary>
    public Guid InitiatingUserId { get; }

    /// <summary>Gets the context's CorrelationId.</summary>
    public Guid CorrelationId { get; }

    /// <summary>Gets the lines the plugin traced, in order.</summary>
    public IReadOnlyList<string> Trace => _trace;

    /// <summary>Gets the service calls the plugin made itself (not those of plugins they triggered).</summary>
    public IReadOnlyList<ServiceCall> ServiceCalls => _calls;

    /// <summary>Gets the message of the exception the plugin ended with; null when it succeeded.</summary>
    public string? ErrorMessage { get; internal set; }

    /// <summary>Gets whether the plugin returned without throwing.</summary>
    public bool Succeeded => ErrorMessage is null;

    internal void AddTrace(string line) => _trace.Add(line);

    internal void AddCall(ServiceCall call) => _calls.Add(call);
}
