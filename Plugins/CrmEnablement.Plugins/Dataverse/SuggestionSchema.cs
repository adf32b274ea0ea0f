namespace CrmEnablement.Plugins.Dataverse;

/// <summary><c>cen_contentsuggestion</c>: one content item suggested for one opportunity.</summary>
public static class SuggestionSchema
{
    public const string Table = "cen_contentsuggestion";
    public const string Id = "cen_contentsuggestionid";
    public const string Name = "cen_name";
    /// <summary>User-owned: reps read the rows they own (Enablement User has Basic read).</summary>
    public const string Owner = "ownerid";
    public const string Opportunity = "cen_opportunityid";
    public const string Content = "cen_contentid";
    /// <summary>The alternate key over <see cref="Opportunity"/> and <see cref="Content"/>.</summary>
    public const string OpportunityContentKey = "cen_opportunitycontent_key";
    public const string Rank = "cen_rank";
    public const string Score = "cen_score";
    /// <summary>The reasons as JSON, the same shape as the Custom API's.</summary>
    public const string Reasons = "cen_reasons";
    public const string Phase = "cen_phase";
    public const string SalesStage = "cen_salesstage";
    public const string RolesServed = "cen_rolesserved";
    public const string Status = "cen_suggestionstatus";
    public const string FirstSuggestedOn = "cen_firstsuggestedon";
    public const string LastSuggestedOn = "cen_lastsuggestedon";
    public const string Outcome = "cen_outcome";
}
