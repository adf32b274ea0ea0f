using System.Collections.Generic;
using CrmEnablement.Plugins.Dataverse;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>
/// The Web API names of the <c>cen_enablementcontent</c> table and its columns (ARCHITECTURE.md §3).
/// The names are the plugins' (<see cref="ContentSchema"/>), so the Web API tools and the solution can never drift apart.
/// </summary>
public static class ContentColumns
{
    /// <summary>The table's logical name.</summary>
    public const string Table = ContentSchema.Table;

    /// <summary>The entity set the Web API addresses the table by.</summary>
    public const string EntitySet = "cen_enablementcontents";

    /// <summary>The primary key (a GUID).</summary>
    public const string PrimaryId = ContentSchema.Id;

    /// <summary>The catalogue id; the table's alternate key.</summary>
    public const string ExternalId = ContentSchema.ExternalId;

    /// <summary>The primary name column: the title.</summary>
    public const string Name = ContentSchema.Name;

    public const string Url = ContentSchema.Url;
    public const string Summary = ContentSchema.Summary;
    /// <summary>Choice: content kind.</summary>
    public const string Kind = ContentSchema.Kind;
    /// <summary>Choice: Client-facing or Internal.</summary>
    public const string Audience = ContentSchema.Audience;
    /// <summary>Choice: medium; may be empty.</summary>
    public const string Medium = ContentSchema.Medium;
    /// <summary>Multi-select choice; the Web API reads and writes it as comma-separated option values.</summary>
    public const string Industries = ContentSchema.Industries;
    /// <summary>Multi-select choice.</summary>
    public const string BuyerRoles = ContentSchema.BuyerRoles;
    /// <summary>Multi-select choice.</summary>
    public const string JourneyPhases = ContentSchema.JourneyPhases;
    /// <summary>Multi-select choice.</summary>
    public const string SalesStages = ContentSchema.SalesStages;
    /// <summary>Multi-select choice.</summary>
    public const string Challenges = ContentSchema.Challenges;
    public const string Language = ContentSchema.Language;
    /// <summary>0 Active (Draft, Published) or 1 Inactive (Retired).</summary>
    public const string StateCode = ContentSchema.StateCode;
    /// <summary>Status reason: the status vocabulary's option values (Draft 1, Published, Retired 2).</summary>
    public const string StatusCode = ContentSchema.StatusCode;
    /// <summary>Date only, <c>yyyy-MM-dd</c>.</summary>
    public const string PublishedOn = ContentSchema.PublishedOn;
    /// <summary>Date only, <c>yyyy-MM-dd</c>.</summary>
    public const string ExpiresOn = ContentSchema.ExpiresOn;
    public const string Author = ContentSchema.Author;
    /// <summary>Yes/No.</summary>
    public const string Pinned = ContentSchema.Pinned;
    /// <summary>The self lookup's logical name.</summary>
    public const string RelatedTraining = ContentSchema.RelatedTraining;
    /// <summary>The self lookup's single-valued navigation property (its schema name), used to bind and expand.</summary>
    public const string RelatedTrainingNavigation = "cen_RelatedTraining";
    /// <summary>Whole number, maintained by the interaction plugin.</summary>
    public const string HelpfulCount = ContentSchema.HelpfulCount;
    /// <summary>Whole number, maintained by the interaction plugin.</summary>
    public const string NotHelpfulCount = ContentSchema.NotHelpfulCount;

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
