using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Benchmarks.Baseline;
using CrmEnablement.Benchmarks.Data;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Settings;

namespace CrmEnablement.Benchmarks.Checks;

/// <summary>
/// Proves the baseline measures the same work: for a few hundred generated deals over a catalogue
/// with training links, the naive ranker must choose exactly the engine's items, refreshers
/// included, in the engine's order, with the engine's scores and the facets of the engine's reasons
/// (a refresher's <c>training</c> reasons naming the items it refreshes, in order).
/// </summary>
public static class EquivalenceCheck
{
    /// <summary>Compares the two rankers; returns a one-line summary.</summary>
    /// <exception cref="InvalidOperationException">They disagree on any deal; the message shows the first few.</exception>
    public static string Run(int itemCount = 10_000, int dealCount = 200)
    {
        var settings = EngineSettings.Default;
        var items = SyntheticData.Items(itemCount, SyntheticData.CatalogSeed + 1);
        var engine = new Ranker(CatalogIndex.Build(items, settings));
        var naive = new NaiveRanker(items, settings);
        var deals = Variants(SyntheticData.Deals(dealCount, items, SyntheticData.DealSeed + 1), engine);

        var mismatches = new List<string>();
        var suggestions = 0;
        var refreshers = 0;
        foreach (var deal in deals)
        {
            var engineSuggestions = engine.Rank(deal, SyntheticData.AsOf).Suggestions;
            var expected = engineSuggestions.Select(Describe).ToArray();
            var actual = naive.Rank(deal, SyntheticData.AsOf).Select(Describe).ToArray();
            suggestions += expected.Length;
            refreshers += engineSuggestions.Count(IsRefresher);
            if (!expected.SequenceEqual(actual))
            {
                mismatches.Add($"{deal.Id}:{Environment.NewLine}  engine {string.Join(" ", expected)}{Environment.NewLine}  naive  {string.Join(" ", actual)}");
            }
        }

        if (mismatches.Count > 0)
        {
            throw new InvalidOperationException(
                $"The naive ranker disagrees with the engine on {mismatches.Count} of {deals.Count} deals, so the baseline " +
                "does not rank by the same rules:" + Environment.NewLine + string.Join(Environment.NewLine, mismatches.Take(5)));
        }

        if (refreshers == 0)
        {
            throw new InvalidOperationException("The check suggested no refresher, so it does not cover the refresher rule: the catalogue has lost its training links.");
        }

        return $"check passed: naive == engine on {deals.Count} deals × {itemCount:N0} items ({suggestions:N0} suggestions, " +
            $"{refreshers:N0} of them refreshers; ids, order, scores and reasons' facets)";
    }

    /// <summary>
    /// Reaches the rules the generated deals rarely hit: every 5th deal dismisses the engine's top
    /// pick, every 3rd (from the 2nd) dismisses the engine's first refresher, every 7th has no known
    /// buyer role, every 11th is lost.
    /// </summary>
    private static IReadOnlyList<OpportunityProfile> Variants(OpportunityProfile[] deals, Ranker engine)
    {
        var varied = new List<OpportunityProfile>(deals.Length);
        for (var i = 0; i < deals.Length; i++)
        {
            var deal = deals[i];
            if (i % 5 == 0 && engine.Rank(deal, SyntheticData.AsOf).Suggestions.FirstOrDefault() is { } top)
            {
                deal = deal with { Dismissed = deal.Dismissed.Append(top.ContentId).ToArray() };
            }

            if (i % 3 == 1 && engine.Rank(deal, SyntheticData.AsOf).Suggestions.FirstOrDefault(IsRefresher) is { } refresher)
            {
                deal = deal with { Dismissed = deal.Dismissed.Append(refresher.ContentId).ToArray() };
            }

            if (i % 7 == 0)
            {
                deal = deal with { BuyerRoles = new[] { "Gatekeeper" }, Stakeholders = Array.Empty<Stakeholder>() };
            }

            if (i % 11 == 0)
            {
                deal = deal with { Status = OpportunityStatus.Lost };
            }

            varied.Add(deal);
        }

        return varied;
    }

    private static bool IsRefresher(Suggestion suggestion) => suggestion.Reasons.Any(reason => reason.Facet == ReasonFacet.Training);

    /// <summary>Id, score, reasons' facets and the ids a refresher refreshes: everything both rankers must agree on.</summary>
    private static string Describe(Suggestion suggestion) =>
        Describe(
            suggestion.ContentId,
            suggestion.Score,
            suggestion.Reasons.Select(reason => reason.Facet),
            suggestion.Reasons.Where(reason => reason.Facet == ReasonFacet.Training).Select(reason => reason.Value));

    private static string Describe(NaiveSuggestion suggestion) =>
        Describe(suggestion.ContentId, suggestion.Score, suggestion.Facets, suggestion.Refreshes);

    private static string Describe(string id, decimal score, IEnumerable<ReasonFacet> facets, IEnumerable<string> refreshes) =>
        $"{id}={score}[{string.Join(",", facets)}]" + (refreshes.Any() ? $"<-{string.Join(",", refreshes)}" : "");
}
