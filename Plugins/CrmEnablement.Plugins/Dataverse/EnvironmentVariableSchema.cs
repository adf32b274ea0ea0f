namespace CrmEnablement.Plugins.Dataverse;

/// <summary>Environment variables: where settings and the catalogue version live.</summary>
public static class EnvironmentVariableSchema
{
    public const string Definition = "environmentvariabledefinition";
    public const string DefinitionId = "environmentvariabledefinitionid";
    public const string SchemaName = "schemaname";
    public const string DefaultValue = "defaultvalue";
    public const string Value = "environmentvariablevalue";
    public const string ValueId = "environmentvariablevalueid";
    public const string ValueText = "value";

    /// <summary>Ranking settings JSON (the shape of samples/settings.json).</summary>
    public const string Settings = "cen_SuggestionSettings";

    /// <summary>A number bumped whenever content changes, so cached catalogues know they are stale.</summary>
    public const string CatalogVersion = "cen_CatalogVersion";
}
