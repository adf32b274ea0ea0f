namespace CrmEnablement.Plugins.Dataverse;

/// <summary><c>cen_enablementcontent</c>: one piece of enablement content (ARCHITECTURE.md §3).</summary>
public static class ContentSchema
{
    public const string Table = "cen_enablementcontent";
    public const string Id = "cen_enablementcontentid";
    /// <summary>The catalogue id; the alternate key <see cref="ExternalIdKey"/>.</summary>
    public const string ExternalId = "cen_externalid";
    public const string ExternalIdKey = "cen_externalid_key";
    /// <summary>The primary name column: the title.</summary>
    public const string Name = "cen_name";
    public const string Url = "cen_url";
    public const string Summary = "cen_summary";
    public const string Kind = "cen_kind";
    public const string Audience = "cen_audience";
    public const string Medium = "cen_medium";
    public const string Industries = "cen_industries";
    public const string BuyerRoles = "cen_buyerroles";
    public const string JourneyPhases = "cen_journeyphases";
    public const string SalesStages = "cen_salesstages";
    public const string Challenges = "cen_challenges";
    public const string Language = "cen_language";
    public const string StateCode = "statecode";
    /// <summary>Status reason: the engine's status vocabulary values (Draft, Published, Retired).</summary>
    public const string StatusCode = "statuscode";
    public const string PublishedOn = "cen_publishedon";
    public const string ExpiresOn = "cen_expireson";
    public const string Author = "cen_author";
    public const string Pinned = "cen_pinned";
    public const string RelatedTraining = "cen_relatedtraining";
    public const string SuggestedCount = "cen_suggestedcount";
    public const string OpenedCount = "cen_openedcount";
    public const string SharedCount = "cen_sharedcount";
    public const string HelpfulCount = "cen_helpfulcount";
    public const string NotHelpfulCount = "cen_nothelpfulcount";
    public const string DismissedCount = "cen_dismissedcount";
    public const string WonWithCount = "cen_wonwithcount";
    public const string LostWithCount = "cen_lostwithcount";

    /// <summary>The columns the catalogue index needs.</summary>
    public static readonly string[] IndexColumns =
    {
        Id, ExternalId, Name, Url, Summary, Kind, Audience, Medium, Industries, BuyerRoles, JourneyPhases, SalesStages,
        Challenges, Language, StatusCode, PublishedOn, ExpiresOn, Author, Pinned, RelatedTraining, HelpfulCount, NotHelpfulCount,
    };
}
