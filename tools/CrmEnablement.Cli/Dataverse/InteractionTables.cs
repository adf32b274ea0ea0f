using System.Collections.Generic;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>
/// The Web API names <c>cen analytics --url</c> reads: suggestions, interactions and the deals they
/// belong to (ARCHITECTURE.md §3; the plugins define the same tables).
/// </summary>
internal static class InteractionTables
{
    /// <summary><c>cen_contentsuggestion</c>: one row per item suggested on a deal.</summary>
    public const string SuggestionSet = "cen_contentsuggestions";

    /// <summary><c>cen_contentinteraction</c>: one row per thing a rep did.</summary>
    public const string InteractionSet = "cen_contentinteractions";

    /// <summary>The opportunity entity set.</summary>
    public const string OpportunitySet = "opportunities";

    /// <summary>Lookup values as the Web API returns them.</summary>
    public const string OpportunityValue = "_cen_opportunityid_value";
    public const string ContentValue = "_cen_contentid_value";
    public const string UserValue = "_cen_userid_value";

    public const string Action = "cen_action";
    public const string Phase = "cen_phase";
    public const string SalesStage = "cen_salesstage";
    public const string On = "cen_on";
    public const string FirstSuggestedOn = "cen_firstsuggestedon";

    public const string OpportunityId = "opportunityid";
    public const string OpportunityState = "statecode";
    public const string ParentAccount = "parentaccountid";
    /// <summary>The customer lookup's navigation to an account (null when the customer is a contact).</summary>
    public const string CustomerAccount = "customerid_account";
    public const string IndustryCode = "industrycode";

    /// <summary>Opportunity states: 1 Won, 2 Lost.</summary>
    public const int WonState = 1;

    public const int LostState = 2;

    /// <summary>The annotation that carries a column's label (choices) or name (lookups).</summary>
    public const string FormattedValue = "@OData.Community.Display.V1.FormattedValue";

    /// <summary>The <c>cen_interactionaction</c> choice's option values (the plugins' enum) → the analytics action.</summary>
    public static readonly IReadOnlyDictionary<int, Analytics.InteractionAction> Actions = new Dictionary<int, Analytics.InteractionAction>
    {
        [(int)Plugins.Dataverse.InteractionAction.Opened] = Analytics.InteractionAction.Opened,
        [(int)Plugins.Dataverse.InteractionAction.Copied] = Analytics.InteractionAction.Copied,
        [(int)Plugins.Dataverse.InteractionAction.Helpful] = Analytics.InteractionAction.Helpful,
        [(int)Plugins.Dataverse.InteractionAction.NotHelpful] = Analytics.InteractionAction.NotHelpful,
        [(int)Plugins.Dataverse.InteractionAction.Dismissed] = Analytics.InteractionAction.Dismissed,
        [(int)Plugins.Dataverse.InteractionAction.Gap] = Analytics.InteractionAction.Gap,
    };
}
