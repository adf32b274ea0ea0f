namespace CrmEnablement.Plugins.Dataverse;

/// <summary>The <c>cen_dealoutcome</c> choice stamped on suggestions and interactions when a deal closes.</summary>
public enum DealOutcome
{
    Won = 103720000,
    Lost = 103720001,
}
