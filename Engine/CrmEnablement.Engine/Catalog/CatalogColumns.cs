using System.Collections.Generic;

namespace CrmEnablement.Engine.Catalog;

/// <summary>The catalogue CSV's column names (matched case-insensitively), in file order.</summary>
public static class CatalogColumns
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Url = "url";
    public const string Summary = "summary";
    public const string Kind = "kind";
    public const string Audience = "audience";
    public const string Medium = "medium";
    public const string Industries = "industries";
    public const string BuyerRoles = "buyerRoles";
    public const string Phases = "phases";
    public const string SalesStages = "salesStages";
    public const string Challenges = "challenges";
    public const string Language = "language";
    public const string Status = "status";
    public const string PublishedOn = "publishedOn";
    public const string ExpiresOn = "expiresOn";
    public const string Author = "author";
    public const string Pinned = "pinned";
    public const string RelatedTraining = "relatedTraining";
    public const string Helpful = "helpful";
    public const string NotHelpful = "notHelpful";

    /// <summary>Every column in the order files are written.</summary>
    public static readonly IReadOnlyList<string> All = new[]
    {
        Id, Title, Url, Summary, Kind, Audience, Medium, Industries, BuyerRoles, Phases, SalesStages,
        Challenges, Language, Status, PublishedOn, ExpiresOn, Author, Pinned, RelatedTraining, Helpful, NotHelpful,
    };

    /// <summary>Columns that every file must have and every row must fill.</summary>
    public static readonly IReadOnlyList<string> Required = new[] { Id, Title, Url, Kind, Audience, Status };

    /// <summary>The separator inside multi-valued cells.</summary>
    public const char ListSeparator = ';';

    /// <summary>The date format of date cells.</summary>
    public const string DateFormat = "yyyy-MM-dd";
}
