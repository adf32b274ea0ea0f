using System;
using System.Collections.Generic;

namespace CrmEnablement.Cli.Analytics;

/// <summary>Per item and per author usage, with outcome influence.</summary>
internal sealed class AnalyticsReport
{
    public IReadOnlyList<ContentUsage> Content { get; init; } = Array.Empty<ContentUsage>();

    public IReadOnlyList<AuthorUsage> Authors { get; init; } = Array.Empty<AuthorUsage>();

    /// <summary>Interaction rows read.</summary>
    public int Interactions { get; init; }

    /// <summary>Deals that appear in the interactions, and how many of them are closed.</summary>
    public int Deals { get; init; }

    public int ClosedDeals { get; init; }

    /// <summary>"Nothing fitted this deal" reports.</summary>
    public int GapReports { get; init; }
}
