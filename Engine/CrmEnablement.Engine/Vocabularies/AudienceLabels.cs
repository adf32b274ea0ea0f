namespace CrmEnablement.Engine.Vocabularies;

/// <summary>The labels of the audience vocabulary.</summary>
public static class AudienceLabels
{
    public const string ClientFacing = "Client-facing";
    public const string Internal = "Internal";
}
