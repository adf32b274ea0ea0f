using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Settings;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Benchmarks.Baseline;

/// <summary>
/// The baseline: ARCHITECTURE.md §2.2's rules written the obvious way, LINQ passes over every item
/// of the catalogue per deal, refreshers included. It exists to show what the engine's index buys
/// and to cross-check the engine's choices and the facets of its reasons. It compares canonical
/// labels, as the catalogue importer writes them. Scores are summed in whole milli-points, like the
/// engine's, so near-ties (two ages a day apart, two feedback ratios) are real ties broken by content id.
/// </summary>
public sealed class NaiveRanker
{
    private static readonly StringComparer Labels = StringComparer.OrdinalIgnoreCase;

    /// <summary>Content ids compare as the engine compares them (Dataverse alternate keys): case does not matter.</summary>
    private static readonly StringComparer Ids = StringComparer.OrdinalIgnoreCase;

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

        var vocabularies = _settings.Vocabularies;
        var terms = new Terms(
            asOf.Date,
            vocabularies[Facet.Phase].Terms[PhaseResolver.Resolve(deal, _settings, new List<string>())].Label,
            Canonical(Facet.Industry, deal.Industry),
            Canonical(Facet.SalesStage, deal.SalesStage),
            KnownLabels(Facet.BuyerRole, deal.BuyerRoles.Concat(deal.Stakeholders.Select(person => person.Role))),
            KnownLabels(Facet.Challenge, deal.Challenges));
        var dismissed = new HashSet<string>(deal.Dismissed, Ids);
        var language = string.IsNullOrWhiteSpace(deal.Language) ? null : deal.Language!.Trim();
        var primary = language is not null && language.IndexOf('-') > 0 ? language.Substring(0, language.IndexOf('-')) : language;

        var ranked = _items
            .Where(item => IsInDate(item, terms.Today))
            .Where(item => item.Phases.Count == 0 || item.Phases.Contains(terms.Phase, Labels))
            .Where(item => item.Industries.Count == 0 || (terms.Industry is not null && item.Industries.Contains(terms.Industry, Labels)))
            .Where(item => language is null || string.IsNullOrWhiteSpace(item.Language)
                || Labels.Equals(item.Language!.Trim(), language) || Labels.Equals(item.Language.Trim(), primary))
            .Where(item => item.SalesStages.Count == 0 || (terms.Stage is not null && item.SalesStages.Contains(terms.Stage, Labels)))
            .Where(item => item.BuyerRoles.Count == 0 || terms.Roles.Count == 0 || item.BuyerRoles.Any(terms.Roles.Contains))
            .Where(item => !dismissed.Contains(item.Id))
            .Select(item => new Candidate(item, Score(item, terms)))
            .OrderByDescending(candidate => candidate.Score)
            .ThenBy(candidate => candidate.Item.Id, StringComparer.Ordinal);
        return WithRefreshers(TopK(ranked), terms, dismissed)
            .Select(chosen => new NaiveSuggestion(
                chosen.Item.Id,
                chosen.Score / 1000m,
                chosen.Refreshes.Select(_ => ReasonFacet.Training).Concat(Facets(chosen.Item, terms)).ToArray(),
                chosen.Refreshes))
            .ToArray();
    }

    private List<Candidate> TopK(IEnumerable<Candidate> ranked)
    {
        var chosen = new List<Candidate>();
        var perKind = new Dictionary<string, int>(StringComparer.Ordinal);
        var internalCount = 0;
        foreach (var candidate in ranked)
        {
            if (chosen.Count == _settings.TopK)
            {
                break;
            }

            var item = candidate.Item;
            var kind = Canonical(Facet.Kind, item.Kind) ?? UnknownKinds;
            perKind.TryGetValue(kind, out var ofKind);
            if (ofKind >= _settings.PerKindCap || (item.IsInternal && internalCount >= _settings.InternalCap))
            {
                continue;
            }

            perKind[kind] = ofKind + 1;
            internalCount += item.IsInternal ? 1 : 0;
            chosen.Add(candidate);
        }

        return chosen;
    }

    /// <summary>
    /// Each chosen client-facing item's related training item, when it is published, in date and not
    /// dismissed (its tags do not filter it), is suggested once however many items link it, at most the
    /// internal cap of them, best-linked first. Refreshers take the internal slots before the other
    /// internal items; if the list then passes top-K, the weakest client-facing items that no refresher
    /// depends on make room, and failing those the last internal item goes.
    /// </summary>
    private List<Candidate> WithRefreshers(List<Candidate> chosen, Terms terms, HashSet<string> dismissed)
    {
        var clientFacing = chosen.Where(candidate => !candidate.Item.IsInternal).ToList();
        var refreshers = clientFacing
            .SelectMany(source => _items
                .Where(item => source.Item.RelatedTraining is not null && Ids.Equals(item.Id, source.Item.RelatedTraining))
                .Where(item => item.IsInternal && IsInDate(item, terms.Today) && !dismissed.Contains(item.Id))
                .Take(1)
                .Select(training => (Source: source.Item.Id, Training: training)))
            .GroupBy(link => link.Training.Id, Ids)
            .Take(_settings.InternalCap)
            .Select(links => new Candidate(links.First().Training, Score(links.First().Training, terms))
            {
                Refreshes = links.Select(link => link.Source).ToArray(),
            })
            .ToList();
        var internalChosen = refreshers
            .Concat(chosen.Where(candidate => candidate.Item.IsInternal && !refreshers.Any(refresher => Ids.Equals(refresher.Item.Id, candidate.Item.Id))))
            .Take(_settings.InternalCap)
            .ToList();
        while (clientFacing.Count + internalChosen.Count > _settings.TopK)
        {
            var unneeded = clientFacing.FindLastIndex(candidate => !internalChosen.Any(refresher => refresher.Refreshes.Contains(candidate.Item.Id)));
            if (unneeded < 0)
            {
                internalChosen.RemoveAt(internalChosen.Count - 1);
            }
            else
            {
                clientFacing.RemoveAt(unneeded);
            }
        }

        return clientFacing.Concat(internalChosen)
            .OrderByDescending(candidate => candidate.Score)
            .ThenBy(candidate => candidate.Item.Id, StringComparer.Ordinal)
            .ToList();
    }

    private long Score(ContentItem item, Terms terms)
    {
        var weights = _settings.Weights;
        return (MatchesIndustry(item, terms) ? Milli(weights.Industry) : 0)
            + (item.BuyerRoles.Any(terms.Roles.Contains) ? Milli(weights.BuyerRole) : 0)
            + (item.Phases.Contains(terms.Phase, Labels) ? Milli(weights.Phase) : 0)
            + (MatchesStage(item, terms) ? Milli(weights.SalesStage) : 0)
            + (MatchedChallenges(item, terms).Count() * Milli(weights.Challenge))
            + (item.Pinned ? Milli(weights.Pinned) : 0)
            + Feedback(item)
            + Freshness(item, terms.Today);
    }

    /// <summary>The facets of a chosen item's reasons, in the engine's order: one per matched role and per matched challenge.</summary>
    private IEnumerable<ReasonFacet> Facets(ContentItem item, Terms terms)
    {
        if (MatchesIndustry(item, terms))
        {
            yield return ReasonFacet.Industry;
        }

        foreach (var _ in item.BuyerRoles.Distinct(Labels).Where(terms.Roles.Contains))
        {
            yield return ReasonFacet.BuyerRole;
        }

        if (item.Phases.Contains(terms.Phase, Labels))
        {
            yield return ReasonFacet.Phase;
        }

        if (MatchesStage(item, terms))
        {
            yield return ReasonFacet.SalesStage;
        }

        foreach (var _ in MatchedChallenges(item, terms))
        {
            yield return ReasonFacet.Challenge;
        }

        if (item.Pinned)
        {
            yield return ReasonFacet.Pinned;
        }

        if (item.Helpful + item.NotHelpful > 0 || Feedback(item) != 0)
        {
            yield return ReasonFacet.Feedback;
        }

        if (Freshness(item, terms.Today) != 0)
        {
            yield return ReasonFacet.Freshness;
        }
    }

    /// <summary>Published, published on or before today, not expired: the filters a refresher must pass too.</summary>
    private static bool IsInDate(ContentItem item, DateTime today) =>
        item.Status == ContentStatus.Published
        && (item.PublishedOn is null || item.PublishedOn.Value.Date <= today)
        && (item.ExpiresOn is null || item.ExpiresOn.Value.Date >= today);

    private static bool MatchesIndustry(ContentItem item, Terms terms) =>
        terms.Industry is not null && item.Industries.Contains(terms.Industry, Labels);

    private static bool MatchesStage(ContentItem item, Terms terms) =>
        terms.Stage is not null && item.SalesStages.Contains(terms.Stage, Labels);

    private static IEnumerable<string> MatchedChallenges(ContentItem item, Terms terms) =>
        item.Challenges.Distinct(Labels).Where(terms.Challenges.Contains);

    /// <summary>Smoothed feedback in milli-points.</summary>
    private long Feedback(ContentItem item)
    {
        var helpful = item.Helpful + _settings.FeedbackPriorHelpful;
        var total = item.Helpful + item.NotHelpful + _settings.FeedbackPriorHelpful + _settings.FeedbackPriorNotHelpful;
        return Milli(_settings.Weights.Feedback * ((2 * helpful / total) - 1));
    }

    /// <summary>Freshness in milli-points; it counts within one half-life only, where the rep sees it as a "New" reason.</summary>
    private long Freshness(ContentItem item, DateTime today)
    {
        var age = item.PublishedOn is { } published ? (today - published.Date).Days : -1;
        return age >= 0 && age <= _settings.FreshnessHalfLifeDays
            ? Milli(_settings.Weights.Freshness * Math.Pow(0.5, age / _settings.FreshnessHalfLifeDays))
            : 0;
    }

    /// <summary>The canonical label <paramref name="label"/> spells, or null when it is missing or unknown.</summary>
    private string? Canonical(Facet facet, string? label) =>
        !string.IsNullOrWhiteSpace(label) && _settings.Vocabularies[facet].TryGetTerm(label!, out var term) ? term.Label : null;

    private HashSet<string> KnownLabels(Facet facet, IEnumerable<string> labels) =>
        new(labels.Select(label => Canonical(facet, label)).OfType<string>(), Labels);

    /// <summary>Points as whole milli-points, rounded as the engine rounds them.</summary>
    private static long Milli(double points) => (long)Math.Round(points * 1000, MidpointRounding.AwayFromZero);

    /// <summary>What the deal is ranked for, in canonical labels.</summary>
    private sealed record Terms(DateTime Today, string Phase, string? Industry, string? Stage, HashSet<string> Roles, HashSet<string> Challenges);

    /// <summary>An item with its score in milli-points and, for a refresher, the ids of the items it refreshes.</summary>
    private sealed record Candidate(ContentItem Item, long Score)
    {
        public IReadOnlyList<string> Refreshes { get; init; } = Array.Empty<string>();
    }
}
