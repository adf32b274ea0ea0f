namespace CrmEnablement.Plugins.Dataverse;

/// <summary>The opportunity columns the product reads and adds (dataverse-platform.md §4.1).</summary>
public static class OpportunitySchema
{
    public const string Table = "opportunity";
    public const string Id = "opportunityid";
    public const string Name = "name";
    /// <summary>The stage choice: 0 Qualify, 1 Develop, 2 Propose, 3 Close (not <c>salesstagecode</c>).</summary>
    public const string SalesStage = "salesstage";
    /// <summary>0 Open, 1 Won, 2 Lost.</summary>
    public const string StateCode = "statecode";
    public const string StatusCode = "statuscode";
    /// <summary>The user or team who owns the deal; its suggestion rows get the same owner.</summary>
    public const string Owner = "ownerid";
    public const string ParentAccount = "parentaccountid";
    public const string Customer = "customerid";
    public const string JourneyPhase = "cen_journeyphase";
    public const string BuyerRoles = "cen_buyerroles";
    public const string Challenges = "cen_customerchallenges";
    /// <summary>The customer's language tag (e.g. en, de-CH): content in another language is not suggested; empty = any.</summary>
    public const string Language = "cen_language";
    public const string SuggestionsRefreshedOn = "cen_suggestionsrefreshedon";

    public const int OpenState = 0;
    public const int WonState = 1;
    public const int LostState = 2;
}
