using System.Collections.Generic;

namespace CrmEnablement.Cli.Analytics;

/// <summary>The interactions CSV's columns (case-insensitive, any order) and values.</summary>
internal static class InteractionColumns
{
    public const string On = "on";
    public const string OpportunityId = "opportunityId";
    public const string ContentId = "contentId";
    public const string Action = "action";
    public const string User = "user";
    public const string Phase = "phase";
    public const string Stage = "stage";
    public const string Industry = "industry";
    public const string Outcome = "outcome";

    public static readonly IReadOnlyList<string> All = new[] { On, OpportunityId, ContentId, Action, User, Phase, Stage, Industry, Outcome };

    public static readonly IReadOnlyList<string> Required = new[] { On, OpportunityId, ContentId, Action };

    /// <summary>Outcome values; empty means the deal is still open.</summary>
    public const string Won = "Won";

    public const string Lost = "Lost";
}
