using System.Collections.Generic;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>
/// The Web API names of the <c>cen_enablementcontent</c> table and its columns (ARCHITECTURE.md §3).
/// The solution package defines the same table; these names are the contract between the two.
/// </summary>
public static class ContentColumns
{
    /// <summary>The table's logical name.</summary>
    public const string Table = "cen_enablementcontent";

    /// <summary>The entity set the Web API addresses the table by.</summary>
    public const string EntitySet = "cen_enablementcontents";

    /// <summary>The primary key (a GUID).</summary>
    public const string PrimaryId = "cen_enablementcontentid";

    /// <summary>The catalogue id; the table's alternate key.</summary>
    public const string ExternalId = "cen_externalid";

    /// <summary>The primary name column: the title.</summary>
    public const string Name = "cen_name";

    public const string Url = "cen_url";
    public const string Summary = "cen_summary";
    /// <summary>Choice: content kind.</summary>
    public const string Kind = "cen_kind";
    /// <summary>Choice: Client-facing or Internal.</summary>
    public const string Audience = "cen_audience";
    /// <summary>Choice: medium; may be empty.</summary>
    public const string Medium = "cen_medium";
    /// <summary>Multi-select choice; the Web API reads and writes it as comma-separated option values.</summary>
    public const string Industries = "cen_industries";
    /// <summary>Multi-select choice.</summary>
    public const string BuyerRoles = "cen_buyerroles";
    /// <summary>Multi-select choice.</summary>
    public const string JourneyPhases = "cen_journeyphases";
    /// <summary>Multi-select choice.</summary>
    public const string SalesStages = "cen_salesstages";
    /// <summary>Multi-select choice.</summary>
    public const string Challenges = "cen_challenges";
    public const string Language = "cen_language";
    /// <summary>0 Active (Draft, Published) or 1 Inactive (Retired).</summary>
    public const string StateCode = "statecode";
    /// <summary>Status reason: the status vocabulary's option values (Draft 1, Published, Retired 2).</summary>
    public const string StatusCode = "statuscode";
    /// <summary>Date only, <c>yyyy-MM-dd</c>.</summary>
    public const string PublishedOn = "cen_publishedon";
    /// <summary>Date only, <c>yyyy-MM-dd</c>.</summary>
    public const string ExpiresOn = "cen_expireson";
    public const string Author = "cen_author";
    /// <summary>Yes/No.</summary>
    public const string Pinned = "cen_pinned";
    /// <summary>The self lookup's logical name.</summary>
    public const string RelatedTraining = "cen_relatedtraining";
    /// <summary>The self lookup's single-valued navigation property (its schema name), used to bind and expand.</summary>
    public const string RelatedTrainingNavigation = "cen_RelatedTraining";
    /// <summary>Whole number, maintained by the interaction plugin.</summary>
    public const string HelpfulCount = "cen_helpfulcount";
    /// <summary>Whole number, maintained by the interaction plugin.</summary>
    public const string NotHelpfulCount = "cen_nothelpfulcount";

    /// <summary>The state of Draft and Published rows.</summary>
    public const int ActiveState = 0;

    /// <summary>The state of Retired rows.</summary>
    public const int InactiveState = 1;

    /// <summary>The columns read back for comparison and export, in <c>$select</c> order.</summary>
    public static readonly IReadOnlyList<string> Selected = new[]
    {
        ExternalId, Name, Url, Summary, Kind, Audience, Medium, Industries, BuyerRoles, JourneyPhases,
        SalesStages, Challenges, Language, StateCode, StatusCode, PublishedOn, ExpiresOn, Author, Pinned,
        HelpfulCount, NotHelpfulCount,
    };

    /// <summary>The address of one row by its alternate key, relative to the API base.</summary>
    public static string KeyPath(string externalId) =>
        $"{EntitySet}({ExternalId}='{ODataLiteral.Escape(externalId)}')";
}
