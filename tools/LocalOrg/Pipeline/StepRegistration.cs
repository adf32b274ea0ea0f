using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Pipeline;

/// <summary>
/// A plugin step to register with <see cref="LocalOrganization.RegisterStep"/>: the same facts as an
/// sdkmessageprocessingstep row (message, table, stage, mode, rank, filtering attributes, images,
/// configuration, run-as user) plus how to make the plugin.
/// </summary>
public sealed class StepRegistration
{
    /// <summary>Gets the step's name: in traces, executions and system jobs.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the message: Create, Update, Delete, Retrieve, RetrieveMultiple, SetState, Win, Lose, Associate, a Custom API name…</summary>
    public required string MessageName { get; init; }

    /// <summary>Gets the primary table; null (or "none") registers the step for every table.</summary>
    public string? PrimaryEntityName { get; init; }

    /// <summary>Gets the stage: PreValidation, PreOperation or PostOperation.</summary>
    public required PluginStage Stage { get; init; }

    /// <summary>Gets the mode; asynchronous only in PostOperation.</summary>
    public StepMode Mode { get; init; } = StepMode.Synchronous;

    /// <summary>Gets the order within the stage: lower first, ties in registration order.</summary>
    public int Rank { get; init; } = 1;

    /// <summary>Gets the filtering attributes: an Update step runs only when the Target has one of them. Ignored for other messages.</summary>
    public IReadOnlyList<string> FilteringAttributes { get; init; } = Array.Empty<string>();

    /// <summary>Gets the images the step's context receives.</summary>
    public IReadOnlyList<StepImage> Images { get; init; } = Array.Empty<StepImage>();

    /// <summary>Gets the unsecure configuration, passed to the plugin's constructor.</summary>
    public string? UnsecureConfiguration { get; init; }

    /// <summary>Gets the secure configuration, passed to the plugin's constructor.</summary>
    public string? SecureConfiguration { get; init; }

    /// <summary>Gets the user the step runs as ("Run in User's Context"); null means the calling user.</summary>
    public Guid? RunAsUserId { get; init; }

    /// <summary>Gets a factory given (unsecure, secure) configuration; used in place of <see cref="PluginType"/>.</summary>
    public Func<string?, string?, IPlugin>? Plugin { get; init; }

    /// <summary>Gets the plugin class, built as the platform builds it: constructor (string, string), (string) or ().</summary>
    public Type? PluginType { get; init; }
}
