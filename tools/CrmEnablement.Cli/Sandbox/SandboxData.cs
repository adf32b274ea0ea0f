using System.Collections.Generic;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Settings;

namespace CrmEnablement.Cli.Sandbox;

/// <summary>What the sandbox loads: the validated catalogue, the deals, and the settings (and their JSON for the environment variable).</summary>
public sealed record SandboxData(IReadOnlyList<ContentItem> Catalog, IReadOnlyList<OpportunityProfile> Opportunities, EngineSettings Settings, string? SettingsJson);
