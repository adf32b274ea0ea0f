namespace CrmEnablement.Plugins.Dataverse;

/// <summary>The two environment variables the ranking depends on, as read in one query.</summary>
/// <param name="SettingsJson">The settings JSON (current value, else default value), or null when unset.</param>
/// <param name="CatalogVersion">The catalogue version; 0 until content first changes.</param>
public sealed record EnvironmentSnapshot(string? SettingsJson, long CatalogVersion);
