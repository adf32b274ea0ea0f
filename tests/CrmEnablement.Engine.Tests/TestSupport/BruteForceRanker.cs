using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Settings;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Engine.Tests.TestSupport;

/// <summary>
/// ARCHITECTURE.md §2.2 written the slow, obvious way: every item through every filter, score from
/// the weights, sort by score then ordinal id, pick greedily under the caps. No refreshers.
/// </summary>
internal static class BruteForceRanker
{
    /// <summary>The suggestions: eligible items best first, greedily under top-K, per-kind and internal caps.</summary>
    public static IReadOnlyList<(string Id, int Milli)> Rank(IReadOnlyList<ContentItem> items, OpportunityProfile deal, EngineSettings settings, DateTime asOf)
    {
        var vocabularies = settings.Vocabularies;
        var perKind = new Dictionary<string, int>();
        var picked = new List<(string, int)>();
        var internalCount = 0;
        foreach (var (id, milli, item) in Eligible(items, deal, settings, asOf))
        {
            var kind = Canonical(vocabularies[Facet.Kind], item.Kind) ?? item.Kind;
            perKind.TryGetValue(kind, out var ofKind);
            if (picked.Count < settings.TopK && ofKind < settings.PerKindCap && (!item.IsInternal || internalCount < settings.InternalCap))
            {
                perKind[kind] = ofKind + 1;
                internalCount += item.IsInternal ? 1 : 0;
                picked.Add((id, milli));
            }
        }

        return picked;
    }

    /// <summary>Every item that passes the hard filters, with its score, best first (ties by ordinal id).</summary>
    public static IReadOnlyList<(string Id, int Milli, ContentItem Item)> Eligible(IReadOnlyList<ContentItem> items, OpportunityProfile deal, EngineSettings settings, DateTime asOf)
    {
        if (deal.Status == OpportunityStatus.Lost)
        {
            return Array.Empty<(string, int, ContentItem)>();
        }

        var vocabularies = settings.Vocabularies;
        var phase = ResolvePhase(deal, settings);
        var industry = Canonical(vocabularies[Facet.Industry], deal.Industry);
        var stage = Canonical(vocabularies[Facet.SalesStage], deal.SalesStage);
        var roles = Known(vocabularies[Facet.BuyerRole], deal.BuyerRoles.Concat(deal.Stakeholders.Select(person => person.Role)));
        var challenges = Known(vocabularies[Facet.Challenge], deal.Challenges);
        var weights = settings.Weights;
        var scored = new List<(string Id, int Milli, ContentItem Item)>();
        foreach (var item in items)
        {
            var itemRoles = Known(vocabularies[Facet.BuyerRole], item.BuyerRoles);
            var eligible = item.Status == ContentStatus.Published
                && !(item.PublishedOn?.Date > asOf.Date)
                && !(item.ExpiresOn?.Date < asOf.Date)
                && Allows(vocabularies[Facet.Phase], item.Phases, phase)
                && Allows(vocabularies[Facet.Industry], item.Industries, industry)
                && Allows(vocabularies[Facet.SalesStage], item.SalesStages, stage)
                && LanguageMatches(item.Language, deal.Language)
                && (item.BuyerRoles.Count == 0 || roles.Count == 0 || itemRoles.Overlaps(roles))
                && !deal.Dismissed.Contains(item.Id);
            if (!eligible)
            {
                continue;
            }

            var milli = ScoreArithmetic.Feedback(item, settings) + ScoreArithmetic.Freshness(item, settings, asOf);
            milli += item.Industries.Count > 0 ? ScoreArithmetic.Milli(weights.Industry) : 0;
            milli += item.BuyerRoles.Count > 0 && roles.Count > 0 ? ScoreArithmetic.Milli(weights.BuyerRole) : 0;
            milli += item.Phases.Count > 0 ? ScoreArithmetic.Milli(weights.Phase) : 0;
            milli += item.SalesStages.Count > 0 ? ScoreArithmetic.Milli(weights.SalesStage) : 0;
            milli += Known(vocabularies[Facet.Challenge], item.Challenges).Count(challenges.Contains) * ScoreArithmetic.Milli(weights.Challenge);
            milli += item.Pinned ? ScoreArithmetic.Milli(weights.Pinned) : 0;
            scored.Add((item.Id, milli, item));
        }

        return scored.OrderByDescending(entry => entry.Milli).ThenBy(entry => entry.Id, StringComparer.Ordinal).ToList();
    }

    private static string ResolvePhase(OpportunityProfile deal, EngineSettings settings)
    {
        var phases = settings.Vocabularies[Facet.Phase];
        if (Canonical(phases, deal.Phase) is { } explicitPhase)
        {
            return explicitPhase;
        }

        if (deal.Status == OpportunityStatus.Won)
        {
            return Canonical(phases, settings.WonPhase)!;
        }

        var stages = settings.Vocabularies[Facet.SalesStage];
        var stage = Canonical(stages, deal.SalesStage);
        var mapped = settings.StagePhaseMap.FirstOrDefault(pair => stage is not null && Canonical(stages, pair.Key) == stage);
        return Canonical(phases, mapped.Value) ?? phases.Terms[0].Label;
    }

    /// <summary>An untagged facet allows everything; a tagged one needs the deal's value among its tags.</summary>
    private static bool Allows(Vocabulary vocabulary, IReadOnlyList<string> tags, string? dealValue) =>
        tags.Count == 0 || (dealValue is not null && tags.Any(tag => Canonical(vocabulary, tag) == dealValue));

    private static bool LanguageMatches(string? item, string? deal)
    {
        if (string.IsNullOrWhiteSpace(item) || string.IsNullOrWhiteSpace(deal))
        {
            return true;
        }

        var primary = deal!.Trim().Split('-')[0];
        return string.Equals(item!.Trim(), deal.Trim(), StringComparison.OrdinalIgnoreCase)
            || string.Equals(item.Trim(), primary, StringComparison.OrdinalIgnoreCase);
    }

    private static string? Canonical(Vocabulary vocabulary, string? label) =>
        !string.IsNullOrWhiteSpace(label) && vocabulary.TryGetTerm(label!, out var term) ? term.Label : null;

    private static HashSet<string> Known(Vocabulary vocabulary, IEnumerable<string> labels) =>
        new(labels.Select(label => Canonical(vocabulary, label)).OfType<string>(), StringComparer.Ordinal);
}
