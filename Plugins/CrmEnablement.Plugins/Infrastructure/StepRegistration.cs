using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Infrastructure;

/// <summary>
/// One step of a plugin, declared once in code: the base class's guard, the tests' pipeline and
/// the solution's step files all read it.
/// </summary>
public sealed record StepRegistration
{
    /// <summary>The SDK message, e.g. "Update".</summary>
    public string Message { get; init; } = "";
    /// <summary>The table, or null for a message without one (a global Custom API).</summary>
    public string? PrimaryEntity { get; init; }
    public PipelineStage Stage { get; init; }
    public ExecutionMode Mode { get; init; }
    /// <summary>Order within the stage, lowest first.</summary>
    public int Rank { get; init; } = 1;
    /// <summary>Update steps run only when one of these columns changed; empty = every update.</summary>
    public IReadOnlyList<string> FilteringAttributes { get; init; } = Array.Empty<string>();
    public IReadOnlyList<StepImage> Images { get; init; } = Array.Empty<StepImage>();
    /// <summary>Shown to admins in the step list.</summary>
    public string Description { get; init; } = "";

    /// <summary>Whether <paramref name="context"/> is an execution this step was registered for.</summary>
    public bool Matches(IPluginExecutionContext context) =>
        string.Equals(context.MessageName, Message, StringComparison.OrdinalIgnoreCase)
        && (PrimaryEntity is null || string.Equals(context.PrimaryEntityName, PrimaryEntity, StringComparison.OrdinalIgnoreCase))
        && context.Stage == (int)Stage
        && context.Mode == (int)Mode;

    /// <summary>How the step reads in traces and lists, e.g. "Update of opportunity, PostOperation, Asynchronous".</summary>
    public override string ToString() =>
        $"{Message} of {PrimaryEntity ?? "(no table)"}, {Stage}, {Mode}" +
        (FilteringAttributes.Count == 0 ? "" : $", when {string.Join(", ", FilteringAttributes.OrderBy(name => name, StringComparer.Ordinal))} change");
}
