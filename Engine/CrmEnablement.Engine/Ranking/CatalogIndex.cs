using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Settings;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Engine.Ranking;

/// <summary>
/// An immutable snapshot of a catalogue, built once and shared by every ranking (thread-safe).
/// Tags become bitsets; published items are grouped by phase and industry so ranking a deal
/// touches only the items that could be eligible for it. Items are held in ordinal id order, so
/// an item's position is also its tie-break and a catalogue's row order never changes a ranking.
/// </summary>
public sealed class CatalogIndex
{
    /// <summary>The bit that marks a tag the vocabulary does not know: it matches nothing.</summary>
    internal const ulong UnknownTagBit = 1UL << 63;

    private readonly Dictionary<string, int> _positionById;

    private CatalogIndex(EngineSettings settings, ContentItem[] items)
    {
        Settings = settings;
        Vocabularies = settings.Vocabularies;
        Items = items;
        // Ids are compared as Dataverse compares alternate keys: case does not matter.
        _positionById = new Dictionary<string, int>(items.Length, StringComparer.OrdinalIgnoreCase);
        for (var position = 0; position < items.Length; position++)
        {
            if (_positionById.ContainsKey(items[position].Id))
            {
                throw new ArgumentException($"Content id '{items[position].Id}' appears twice in the catalogue.", nameof(items));
            }

            _positionById.Add(items[position].Id, position);
        }

        Weights = new MilliWeights(settings);
        Languages = new LanguageTable(items.Select(item => item.Language));
        Facts = items.Select(BuildFacts).ToArray();
        DropLinksToClientFacingItems();
        Freshness = BuildFreshnessTable(settings);
        var phaseCount = Vocabularies[Facet.Phase].Count;
        var industryCount = Vocabularies[Facet.Industry].Count;
        GenericByPhase = new CandidateEntry[phaseCount][];
        ByPhaseAndIndustry = new CandidateEntry[phaseCount][][];
        for (var phase = 0; phase < phaseCount; phase++)
        {
            GenericByPhase[phase] = Entries(phase, facts => facts.Industries.Length == 0);
            ByPhaseAndIndustry[phase] = new CandidateEntry[industryCount][];
            for (var industry = 0; industry < industryCount; industry++)
            {
                var wanted = industry;
                ByPhaseAndIndustry[phase][industry] = Entries(phase, facts => Array.IndexOf(facts.Industries, wanted) >= 0);
            }
        }
    }

    /// <summary>The settings the index was built for (weights are baked in).</summary>
    public EngineSettings Settings { get; }

    /// <summary>The number of items, whatever their status.</summary>
    public int Count => Items.Length;

    internal VocabularySet Vocabularies { get; }
    internal ContentItem[] Items { get; }
    internal ItemFacts[] Facts { get; }
    internal MilliWeights Weights { get; }
    internal LanguageTable Languages { get; }
    /// <summary>Freshness in milli-points by age in days.</summary>
    internal int[] Freshness { get; }
    internal CandidateEntry[][] GenericByPhase { get; }
    internal CandidateEntry[][][] ByPhaseAndIndustry { get; }

    /// <summary>Builds the index of <paramref name="items"/> for <paramref name="settings"/>.</summary>
    /// <exception cref="ArgumentException">Two items share an id, or the settings are invalid.</exception>
    public static CatalogIndex Build(IEnumerable<ContentItem> items, EngineSettings settings)
    {
        var problems = settings.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("The settings are invalid: " + string.Join(" ", problems), nameof(settings));
        }

        var ordered = items.OrderBy(item => item.Id, StringComparer.Ordinal).ToArray();
        return new CatalogIndex(settings, ordered);
    }

    /// <summary>The item with id <paramref name="id"/>, if the catalogue has it.</summary>
    public bool TryGetItem(string id, out ContentItem item)
    {
        if (_positionById.TryGetValue(id, out var position))
        {
            item = Items[position];
            return true;
        }

        item = null!;
        return false;
    }

    internal bool TryGetPosition(string id, out int position) => _positionById.TryGetValue(id, out position);

    /// <summary>
    /// Only an internal item can refresh: a link to a client-facing item or to the item itself
    /// (which the CSV check refuses, but a catalogue edited in Dataverse may hold) is dropped once
    /// here, so ranking never has to ask.
    /// </summary>
    private void DropLinksToClientFacingItems()
    {
        for (var position = 0; position < Facts.Length; position++)
        {
            var target = Facts[position].RelatedTraining;
            if (target >= 0 && (target == position || !Facts[target].Internal))
            {
                Facts[position].RelatedTraining = -1;
            }
        }
    }

    private ItemFacts BuildFacts(ContentItem item)
    {
        var helpful = item.Helpful + Settings.FeedbackPriorHelpful;
        var total = item.Helpful + item.NotHelpful + Settings.FeedbackPriorHelpful + Settings.FeedbackPriorNotHelpful;
        var feedback = MilliWeights.Milli(Settings.Weights.Feedback * ((2 * helpful / total) - 1));
        // A kind the vocabulary lacks gets a pool of its own rather than sharing the first kind's cap.
        var kind = Vocabularies[Facet.Kind].TryGetIndex(item.Kind, out var known) ? known : Vocabularies[Facet.Kind].Count;
        var industries = item.Industries
            .Select(label => Vocabularies[Facet.Industry].TryGetIndex(label, out var index) ? index : -1)
            .Distinct()
            .ToArray();
        return new ItemFacts
        {
            Roles = Mask(Facet.BuyerRole, item.BuyerRoles),
            Stages = Mask(Facet.SalesStage, item.SalesStages),
            Phases = Mask(Facet.Phase, item.Phases),
            Challenges = Mask(Facet.Challenge, item.Challenges),
            PublishedDay = item.PublishedOn is { } published ? DayNumber.Of(published) : DayNumber.Never,
            ExpiresDay = item.ExpiresOn is { } expires ? DayNumber.Of(expires) : int.MaxValue,
            Language = Languages.IdOf(item.Language),
            Bucket = (kind * 2) + (item.IsInternal ? 1 : 0),
            FeedbackScore = feedback,
            BaseScore = feedback + (item.Pinned ? Weights.Pinned : 0),
            Published = item.Status == ContentStatus.Published,
            Internal = item.IsInternal,
            Industries = industries,
            RelatedTraining = item.RelatedTraining is { } related && _positionById.TryGetValue(related, out var target) ? target : -1,
        };
    }

    private ulong Mask(Facet facet, IReadOnlyList<string> labels)
    {
        var mask = 0UL;
        foreach (var label in labels)
        {
            mask |= Vocabularies[facet].TryGetIndex(label, out var index) ? 1UL << index : UnknownTagBit;
        }

        return mask;
    }

    private CandidateEntry[] Entries(int phase, Func<ItemFacts, bool> industryMatches)
    {
        var entries = new List<CandidateEntry>();
        var phaseBit = 1UL << phase;
        for (var position = 0; position < Facts.Length; position++)
        {
            var facts = Facts[position];
            var phaseOk = facts.Phases == 0 || (facts.Phases & phaseBit) != 0;
            if (!facts.Published || !phaseOk || !industryMatches(facts))
            {
                continue;
            }

            entries.Add(new CandidateEntry
            {
                Roles = facts.Roles,
                Stages = facts.Stages,
                Challenges = facts.Challenges,
                Item = position,
                StaticScore = facts.BaseScore + (facts.Phases != 0 ? Weights.Phase : 0) + (facts.Stages != 0 ? Weights.SalesStage : 0),
                PublishedDay = facts.PublishedDay,
                ExpiresDay = facts.ExpiresDay,
                Language = facts.Language,
                Bucket = facts.Bucket,
            });
        }

        return entries.ToArray();
    }

    private static int[] BuildFreshnessTable(EngineSettings settings)
    {
        // Freshness counts only within one half-life, where the rep sees it as a "New" reason: every
        // point of a score has a reason behind it.
        var table = new List<int>();
        for (var age = 0; age <= settings.FreshnessHalfLifeDays; age++)
        {
            var milli = MilliWeights.Milli(settings.Weights.Freshness * Math.Pow(0.5, age / settings.FreshnessHalfLifeDays));
            if (milli == 0)
            {
                break;
            }

            table.Add(milli);
        }

        return table.ToArray();
    }
}
