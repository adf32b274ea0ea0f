using System;

namespace CrmEnablement.LocalSolution;

/// <summary>What installing created that callers need again: the environment variable definitions.</summary>
/// <param name="SettingsDefinitionId">The <c>cen_SuggestionSettings</c> definition (no value yet).</param>
/// <param name="CatalogVersionDefinitionId">The <c>cen_CatalogVersion</c> definition (default 0).</param>
public sealed record InstalledSolution(Guid SettingsDefinitionId, Guid CatalogVersionDefinitionId);
