using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Pipeline;

/// <summary>
/// A Custom API to register with <see cref="LocalOrganization.RegisterCustomApi"/>: its message
/// name and the plugin that runs as its main operation (stage 30), reading InputParameters and
/// writing OutputParameters, which come back as the response's Results.
/// </summary>
public sealed class CustomApiRegistration
{
    /// <summary>Gets the unique name, which is the message name.</summary>
    public required string UniqueName { get; init; }

    /// <summary>Gets the table an entity-bound API is bound to (its request then carries a "Target" EntityReference); null for a global API.</summary>
    public string? BoundEntityLogicalName { get; init; }

    /// <summary>Gets whether the API is a function (informational: LocalOrg calls both the same way).</summary>
    public bool IsFunction { get; init; }

    /// <summary>Gets the request parameters that must be present (the non-optional ones).</summary>
    public IReadOnlyList<string> RequiredParameters { get; init; } = Array.Empty<string>();

    /// <summary>Gets a factory for the plugin; used in place of <see cref="PluginType"/>. Neither: the API returns no outputs.</summary>
    public Func<IPlugin>? Plugin { get; init; }

    /// <summary>Gets the plugin class, built as for steps: constructor (string, string), (string) or (), given nulls.</summary>
    public Type? PluginType { get; init; }
}
