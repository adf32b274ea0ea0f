namespace CrmEnablement.Engine.Model;

/// <summary>The opportunity's state: Open (0), Won (1) or Lost (2), as Dataverse's <c>statecode</c>.</summary>
public enum OpportunityStatus
{
    Open,
    Won,
    Lost,
}
