namespace CrmEnablement.Engine.Vocabularies;

/// <summary>The labels of the content status vocabulary.</summary>
public static class ContentStatusLabels
{
    public const string Draft = "Draft";
    public const string Published = "Published";
    public const string Retired = "Retired";
}
