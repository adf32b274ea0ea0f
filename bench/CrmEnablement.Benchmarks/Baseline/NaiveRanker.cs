using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Settings;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Benchmarks.Baseline;

/// <summary>
/// The baseline: ARCHITECTURE.md §2.2's rules written the obvious way, a LINQ pass over every item
/// of the catalogue per deal. It exists to show what the engine's index buys and to cross-check the
/// engine's choices; it does not add refreshers or reasons. It compares canonical labels, as the
/// catalogue importer writes them. Scores are summed in whole milli-points, like the engine's, so
/// near-ties (two ages a day apart, two feedback ratios) are real ties broken by content id.
/// </summary>
public sealed class NaiveRanker
{
    private static readonly StringComparer Labels = StringComparer.OrdinalIgnoreCase;

    /// <summary>The one pool, and per-kind cap, that every kind the vocabulary lacks shares.</summary>
    private const string UnknownKinds = "";

    private readonly IReadOnlyList<ContentItem> _items;
    private readonly EngineSettings _settings;

    /// <summary>Keeps <paramref name="items"/> as they are: no index, no precomputation.</summary>
    public NaiveRanker(IReadOnlyList<ContentItem> items, EngineSettings settings)
    {
        _items = items;
        _settings = settings;
    }

    /// <summary>The chosen items for <paramref name="deal"/> on the day of <paramref name="asOf"/>, best first.</summary>
    public IReadOnlyList<NaiveSuggestion> Rank(OpportunityProfile deal, DateTime asOf)
    {
        if (deal.Status == OpportunityStatus.Lost)
        {
            return Array.Empty<NaiveSuggestion>();
        }

        var today = asOf.Date;
        var vocabularies = _settings.Vocabularies;
        var phase = vocabularies[Facet.Phase].Terms[PhaseResolver.Resolve(deal, _settings, new List<string>())].Label;
        var industry = Canonical(Facet.Industry, deal.Industry);
        var stage = Canonical(Facet.SalesStage, deal.SalesStage);
        var roles = KnownLabels(Facet.BuyerRole, deal.BuyerRoles.Concat(deal.Stakeholders.Select(person => person.Role)));
        var challenges = KnownLabels(Facet.Challenge, deal.Challenges);
        var dismissed = new HashSet<string>(deal.Dismissed, StringComparer.Ordinal);
        var language = string.IsNullOrWhiteSpace(deal.Language) ? null : deal.Language!.Trim();
        var primary = language is not null && language.IndexOf('-') > 0 ? language.Substring(0, language.IndexOf('-')) : language;

        var ranked = _items
            .Where(item => item.Status == ContentStatus.Published)
            .Where(item => item.PublishedOn is null || item.PublishedOn.Value.Date <= today)
            .Where(item => item.ExpiresOn is null || item.ExpiresOn.Value.Date >= today)
            .Where(item => item.Phases.Count == 0 || item.Phases.Contains(phase, Labels))
            .Where(item => item.Industries.Count == 0 || (industry is not null && item.Industries.Contains(industry, Labels)))
            .Where(item => language is null || string.IsNullOrWhiteSpace(item.Language)
                || Labels.Equals(item.Language!.Trim(), language) || Labels.Equals(item.Language.Trim(), primary))
            .Where(item => item.SalesStages.Count == 0 || (stage is not null && item.SalesStages.Contains(stage, Labels)))
            .Where(item => item.BuyerRoles.Count == 0 || roles.Count == 0 || item.BuyerRoles.Any(roles.Contains))
            .Where(item => !dismissed.Contains(item.Id))
            .Select(item => (Item: item, Score: Score(item, today, phase, industry, stage, roles, challenges)))
            .OrderByDescending(candidate => candidate.Score)
            .ThenBy(candidate => candidate.Item.Id, StringComparer.Ordinal);
        return TopK(ranked);
    }

    private List<NaiveSuggestion> TopK(IEnumerable<(ContentItem Item, long Score)> ranked)
    {
        var chosen = new List<NaiveSuggestion>();
        var perKind = new Dictionary<string, int>(StringComparer.Ordinal);
        var internalCount = 0;
        foreach (var (item, score) in ranked)
        {
            if (chosen.Count == _settings.TopK)
            {
                break;
            }

            var kind = Canonical(Facet.Kind, item.Kind) ?? UnknownKinds;
            perKind.TryGetValue(kind, out var ofKind);
            if (ofKind >= _settings.PerKindCap || (item.IsInternal && internalCount >= _settings.InternalCap))
            {
                continue;
            }

            perKind[kind] = ofKind + 1;
            internalCount += item.IsInternal ? 1 : 0;
            chosen.Add(new NaiveSuggestion(item.Id, score / 1000m));
        }

        return chosen;
    }

    private long Score(ContentItem item, DateTime today, string phase, string? industry, string? stage, HashSet<string> roles, HashSet<string> challenges)
    {
        var weights = _settings.Weights;
        var score = 0L;
        score += industry is not null && item.Industries.Contains(industry, Labels) ? Milli(weights.Industry) : 0;
        score += item.BuyerRoles.Any(roles.Contains) ? Milli(weights.BuyerRole) : 0;
        score += item.Phases.Contains(phase, Labels) ? Milli(weights.Phase) : 0;
        score += stage is not null && item.SalesStages.Contains(stage, Labels) ? Milli(weights.SalesStage) : 0;
        score += item.Challenges.Distinct(Labels).Count(challenges.Contains) * Milli(weights.Challenge);
        score += item.Pinned ? Milli(weights.Pinned) : 0;

        var priorHelpful = _settings.FeedbackPriorHelpful;
        var priorNotHelpful = _settings.FeedbackPriorNotHelpful;
        var helpful = item.Helpful + priorHelpful;
        var total = item.Helpful + item.NotHelpful + priorHelpful + priorNotHelpful;
        score += Milli(weights.Feedback * ((2 * helpful / total) - 1));
        // Freshness counts within one half-life only, where the rep sees it as a "New" reason.
        if (item.PublishedOn is { } published && (today - published.Date).Days <= _settings.FreshnessHalfLifeDays)
        {
            var age = (today - published.Date).Days;
            score += Milli(weights.Freshness * Math.Pow(0.5, age / _settings.FreshnessHalfLifeDays));
        }

        return score;
    }

    /// <summary>The canonical label <paramref name="label"/> spells, or null when it is missing or unknown.</summary>
    private string? Canonical(Facet facet, string? label) =>
        !string.IsNullOrWhiteSpace(label) && _settings.Vocabularies[facet].TryGetTerm(label!, out var term) ? term.Label : null;

    private HashSet<string> KnownLabels(Facet facet, IEnumerable<string> labels) =>
        new(labels.Select(label => Canonical(facet, label)).OfType<string>(), Labels);

    /// <summary>Points as whole milli-points, rounded as the engine rounds them.</summary>
    private static long Milli(double points) => (long)Math.Round(points * 1000, MidpointRounding.AwayFromZero);
}
