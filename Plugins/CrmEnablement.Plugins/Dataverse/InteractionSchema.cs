namespace CrmEnablement.Plugins.Dataverse;

/// <summary><c>cen_contentinteraction</c>: something a rep did with a suggestion.</summary>
public static class InteractionSchema
{
    public const string Table = "cen_contentinteraction";
    public const string Id = "cen_contentinteractionid";
    public const string Name = "cen_name";
    public const string Opportunity = "cen_opportunityid";
    public const string Content = "cen_contentid";
    public const string Action = "cen_action";
    public const string Phase = "cen_phase";
    public const string SalesStage = "cen_salesstage";
    public const string User = "cen_userid";
    public const string On = "cen_on";
    public const string Outcome = "cen_outcome";

    /// <summary>The platform's column: who recorded the interaction.</summary>
    public const string CreatedBy = "createdby";

    /// <summary>The platform's column: when the interaction was recorded.</summary>
    public const string CreatedOn = "createdon";
}
