namespace CrmEnablement.Plugins.Dataverse;

/// <summary>
/// <c>opportunityclose</c>: the activity the platform creates when a deal is closed as won or lost
/// (the Win and Lose messages take it as their OpportunityClose parameter).
/// </summary>
public static class OpportunityCloseSchema
{
    public const string Table = "opportunityclose";

    /// <summary>The deal that was closed.</summary>
    public const string Opportunity = "opportunityid";
}
