using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Engine.Model;

namespace CrmEnablement.Cli.Analytics;

/// <summary>
/// Counts what reps did with each item and compares win rates: closed deals where the item was
/// used (opened, shared or copied) against closed deals of the same phase and industry where it was not.
/// </summary>
internal static class AnalyticsCalculator
{
    private const string NotInCatalogue = "(not in the catalogue)";

    public static AnalyticsReport Compute(IReadOnlyList<Interaction> interactions, IReadOnlyList<ContentItem> catalog)
    {
        var items = catalog.ToDictionary(item => item.Id, StringComparer.Ordinal);
        // A deal's outcome and industry: the last stated outcome, the first stated industry.
        var outcome = interactions.Where(row => row.Outcome is not null).GroupBy(row => row.OpportunityId)
            .ToDictionary(group => group.Key, group => group.OrderBy(row => row.On).Last().Outcome!);
        var industry = interactions.Where(row => row.Industry.Length > 0).GroupBy(row => row.OpportunityId)
            .ToDictionary(group => group.Key, group => group.First().Industry);
        string IndustryOf(string deal) => industry.TryGetValue(deal, out var value) ? value : "";
        // Every (phase, industry) stratum each closed deal was seen in.
        var strata = interactions.Where(row => outcome.ContainsKey(row.OpportunityId))
            .GroupBy(row => (row.Phase, Industry: IndustryOf(row.OpportunityId)))
            .ToDictionary(group => group.Key, group => group.Select(row => row.OpportunityId).ToHashSet());

        WinRate Rate(IEnumerable<string> deals)
        {
            var closed = deals.Where(outcome.ContainsKey).ToArray();
            return new WinRate(closed.Count(deal => outcome[deal] == InteractionColumns.Won), closed.Length);
        }

        var usage = interactions.Where(row => row.ContentId.Length > 0).GroupBy(row => row.ContentId, StringComparer.Ordinal)
            .Select(group =>
            {
                int Count(params InteractionAction[] actions) => group.Count(row => actions.Contains(row.Action));
                var uses = group.Where(row => row.IsUse && outcome.ContainsKey(row.OpportunityId)).ToArray();
                var usedDeals = uses.Select(row => row.OpportunityId).ToHashSet();
                var comparable = uses.Select(row => (row.Phase, Industry: IndustryOf(row.OpportunityId))).Distinct()
                    .SelectMany(stratum => strata.TryGetValue(stratum, out var deals) ? deals : Enumerable.Empty<string>())
                    .Where(deal => !usedDeals.Contains(deal)).Distinct();
                items.TryGetValue(group.Key, out var item);
                return new ContentUsage
                {
                    ContentId = group.Key,
                    Title = item?.Title ?? NotInCatalogue,
                    Author = item?.Author ?? "",
                    Suggested = Count(InteractionAction.Suggested),
                    Opened = Count(InteractionAction.Opened),
                    SharedOrCopied = Count(InteractionAction.Shared, InteractionAction.Copied),
                    Helpful = Count(InteractionAction.Helpful),
                    NotHelpful = Count(InteractionAction.NotHelpful),
                    Dismissed = Count(InteractionAction.Dismissed),
                    Used = Rate(usedDeals),
                    NotUsed = Rate(comparable),
                };
            })
            .OrderByDescending(entry => entry.Used.Closed).ThenByDescending(entry => entry.Suggested).ThenBy(entry => entry.ContentId, StringComparer.Ordinal)
            .ToArray();

        var authors = usage.Where(entry => entry.Author.Length > 0).GroupBy(entry => entry.Author, StringComparer.Ordinal)
            .Select(group => new AuthorUsage(group.Key, group.Count(), group.Sum(entry => entry.Suggested), group.Sum(entry => entry.Opened),
                group.Sum(entry => entry.SharedOrCopied), group.Sum(entry => entry.Helpful), group.Sum(entry => entry.NotHelpful),
                Rate(interactions.Where(row => row.IsUse && group.Any(entry => entry.ContentId == row.ContentId)).Select(row => row.OpportunityId).Distinct())))
            .OrderByDescending(entry => entry.Opened + entry.SharedOrCopied).ThenBy(entry => entry.Author, StringComparer.Ordinal)
            .ToArray();

        return new AnalyticsReport
        {
            Content = usage,
            Authors = authors,
            Interactions = interactions.Count,
            Deals = interactions.Select(row => row.OpportunityId).Distinct().Count(),
            ClosedDeals = outcome.Count,
            GapReports = interactions.Count(row => row.Action == InteractionAction.Gap),
        };
    }
}
