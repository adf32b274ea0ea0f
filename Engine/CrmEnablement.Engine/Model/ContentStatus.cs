namespace CrmEnablement.Engine.Model;

/// <summary>Where a content item is in its life: only Published items are ever suggested.</summary>
public enum ContentStatus
{
    Draft,
    Published,
    Retired,
}
