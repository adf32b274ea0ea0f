namespace CrmEnablement.Plugins.Infrastructure;

/// <summary>The SDK message names our steps are registered on.</summary>
public static class MessageNames
{
    public const string Create = "Create";
    public const string Update = "Update";
    public const string Delete = "Delete";
    public const string GetContentSuggestions = "cen_GetContentSuggestions";
}
