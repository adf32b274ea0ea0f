using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Cli.Dataverse;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Settings;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Cli.Reports;

/// <summary>Builds a <see cref="CoverageReport"/> from catalogue items.</summary>
internal static class CoverageCalculator
{
    /// <summary>
    /// Counts the items suggestible on <paramref name="day"/>; <paramref name="environmentIndustries"/> and
    /// <paramref name="environmentStages"/> (the options of the environment's choices) are checked for drift when
    /// given, by value, with the mapping the plugins rank with.
    /// </summary>
    public static CoverageReport Compute(IReadOnlyList<ContentItem> items, EngineSettings settings, DateTime day,
        IReadOnlyList<ChoiceOption>? environmentIndustries = null, IReadOnlyList<ChoiceOption>? environmentStages = null)
    {
        var vocabularies = settings.Vocabularies;
        var phases = Labels(vocabularies[Facet.Phase]);
        var industries = Labels(vocabularies[Facet.Industry]);
        var roles = Labels(vocabularies[Facet.BuyerRole]);
        var counts = new int[phases.Count, industries.Count, roles.Count];
        var live = items.Where(item => item.Status == ContentStatus.Published
            && (item.PublishedOn is null || item.PublishedOn.Value.Date <= day.Date)
            && (item.ExpiresOn is null || item.ExpiresOn.Value.Date >= day.Date)).ToArray();
        foreach (var item in live)
        {
            var itemPhases = Positions(item.Phases, phases);
            var itemIndustries = Positions(item.Industries, industries);
            var itemRoles = Positions(item.BuyerRoles, roles);
            foreach (var p in itemPhases)
            {
                foreach (var i in itemIndustries)
                {
                    foreach (var r in itemRoles)
                    {
                        counts[p, i, r]++;
                    }
                }
            }
        }

        return new CoverageReport
        {
            AsOf = day.Date,
            ItemsCounted = live.Length,
            ItemsTotal = items.Count,
            Phases = phases,
            Industries = industries,
            Roles = roles,
            Counts = counts,
            UnusedTags = Unused(items, vocabularies),
            CheckedEnvironment = environmentIndustries is not null,
            UnmappedIndustries = (environmentIndustries ?? Array.Empty<ChoiceOption>()).Where(option => !IndustryCodes.TryGetIndustry(settings, option.Value, out _)).ToArray(),
            UnmappedStages = (environmentStages ?? Array.Empty<ChoiceOption>()).Where(option => !ReachesPhase(option, settings)).ToArray(),
        };
    }

    /// <summary>As the plugins read a deal: the value gives the sales stage (whatever its label), the stage → phase map the phase.</summary>
    private static bool ReachesPhase(ChoiceOption stage, EngineSettings settings) =>
        SalesStageValues.Label(stage.Value) is { } label && PhaseResolver.TryGetPhaseOfStage(label, settings, out _);

    private static IReadOnlyList<(string Facet, IReadOnlyList<string> Labels)> Unused(IReadOnlyList<ContentItem> items, VocabularySet vocabularies)
    {
        IReadOnlyList<string> Missing(Facet facet, Func<ContentItem, IEnumerable<string?>> labels)
        {
            var used = new HashSet<string>(items.SelectMany(labels).Where(label => label is not null).Select(label => label!), StringComparer.OrdinalIgnoreCase);
            return vocabularies[facet].Terms.Select(term => term.Label).Where(label => !used.Contains(label)).ToArray();
        }

        return new (Facet Facet, Func<ContentItem, IEnumerable<string?>> Labels)[]
        {
            (Facet.Industry, item => item.Industries),
            (Facet.BuyerRole, item => item.BuyerRoles),
            (Facet.Phase, item => item.Phases),
            (Facet.SalesStage, item => item.SalesStages),
            (Facet.Challenge, item => item.Challenges),
            (Facet.Kind, item => new[] { item.Kind }),
            (Facet.Medium, item => new[] { item.Medium }),
        }
        .Select(entry => (FacetNames.Display(entry.Facet), Missing(entry.Facet, entry.Labels)))
        .Where(entry => entry.Item2.Count > 0)
        .ToArray();
    }

    private static IReadOnlyList<string> Labels(Vocabulary vocabulary) => vocabulary.Terms.Select(term => term.Label).ToArray();

    /// <summary>The positions an item's tags cover: every position when it has none (generic).</summary>
    private static IEnumerable<int> Positions(IReadOnlyList<string> tags, IReadOnlyList<string> labels) =>
        tags.Count == 0 ? Enumerable.Range(0, labels.Count) : tags.Select(tag => IndexOf(labels, tag)).Where(index => index >= 0).Distinct();

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (var index = 0; index < labels.Count; index++)
        {
            if (string.Equals(labels[index], label, StringComparison.Ordinal))
            {
                return index;
            }
        }

        return -1;
    }
}
