using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Engine.Model;

namespace CrmEnablement.Engine.Tests.TestSupport;

/// <summary>
/// Seeded random catalogues and deals that exercise every filter and cap: few kinds and industries
/// (so pools and caps fill up), dates around <see cref="TestDates.AsOf"/> (some in the future, some
/// expiring today), mixed statuses, languages, votes and pins; deals with unknown labels, won, lost.
/// </summary>
internal sealed class RandomCatalog
{
    private static readonly string[] Kinds = { "Case Study", "Insight", "Value Message", "ROI Model", "Playbook", "Training Module" };
    private static readonly string[] Industries = { "Insurance", "Financial", "Consulting", "Wholesale", "Transportation" };
    private static readonly string[] Roles = { "Economic Buyer", "Technical Buyer", "Champion", "End User", "Procurement" };
    private static readonly string[] Phases = { "Awareness", "Buying", "Implementation & Adoption" };
    private static readonly string[] Stages = { "Qualify", "Develop", "Propose", "Close" };
    private static readonly string[] Challenges = { "Efficiency", "Growth", "Transformation", "Effectiveness", "Risk & Compliance", "Cost Reduction" };
    private static readonly string?[] ItemLanguages = { null, null, null, null, "en", "en", "de", "de", "de-CH", "fr" };
    private static readonly string?[] DealLanguages = { null, null, null, "en", "de", "de-CH", "fr", "it" };
    private static readonly string[] People = { "Ana", "Ben", "Chloé", "Dev", "Eli" };

    private readonly Random _random;

    public RandomCatalog(int seed)
    {
        _random = new Random(seed);
    }

    public List<ContentItem> Items(int count, bool withRefreshers)
    {
        var items = Enumerable.Range(0, count).Select(NewItem).ToList();
        if (!withRefreshers)
        {
            return items;
        }

        var internalIds = items.Where(item => item.IsInternal).Select(item => item.Id).ToArray();
        return items
            .Select(item => !item.IsInternal && internalIds.Length > 0 && Chance(0.3) ? item with { RelatedTraining = Pick(internalIds) } : item)
            .ToList();
    }

    public List<OpportunityProfile> Deals(int count, IReadOnlyList<ContentItem> items) =>
        Enumerable.Range(0, count).Select(number => NewDeal(number, items)).ToList();

    /// <summary>A copy of <paramref name="items"/> in a shuffled order (Fisher–Yates).</summary>
    public List<T> Shuffle<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    private ContentItem NewItem(int number)
    {
        var roll = _random.NextDouble();
        return new ContentItem
        {
            // Mixed case, so ordinal id order differs from a culture-aware one.
            Id = (Chance(0.5) ? "C" : "c") + number.ToString("D3", System.Globalization.CultureInfo.InvariantCulture),
            Title = "Item " + number,
            Url = "https://enablement.example/content/" + number,
            Kind = Pick(Kinds),
            IsInternal = Chance(0.3),
            Industries = Some(Industries, 0.45, 2),
            BuyerRoles = Some(Roles, 0.4, 2),
            Phases = Some(Phases, 0.4, 2),
            SalesStages = Some(Stages, 0.5, 2),
            Challenges = Some(Challenges, 0.3, 3),
            Language = Pick(ItemLanguages),
            Status = roll < 0.85 ? ContentStatus.Published : roll < 0.93 ? ContentStatus.Draft : ContentStatus.Retired,
            PublishedOn = Chance(0.2) ? null : TestDates.AsOf.AddDays(_random.Next(-700, 8)),
            ExpiresOn = Chance(0.6) ? null : TestDates.AsOf.AddDays(_random.Next(-5, 300)),
            Pinned = Chance(0.1),
            Helpful = Chance(0.4) ? 0 : _random.Next(0, 30),
            NotHelpful = Chance(0.4) ? 0 : _random.Next(0, 30),
        };
    }

    private OpportunityProfile NewDeal(int number, IReadOnlyList<ContentItem> items)
    {
        var roll = _random.NextDouble();
        var roles = Some(Roles, 0.15, 3).ToList();
        if (Chance(0.1))
        {
            roles.Add("CFO");
        }

        return new OpportunityProfile
        {
            Id = "O" + number,
            Name = "Deal " + number,
            Industry = Chance(0.08) ? null : Chance(0.06) ? "Space Tourism" : Pick(Industries),
            SalesStage = Chance(0.08) ? null : Chance(0.04) ? "Negotiate" : Pick(Stages),
            Status = roll < 0.82 ? OpportunityStatus.Open : roll < 0.94 ? OpportunityStatus.Won : OpportunityStatus.Lost,
            Phase = Chance(0.8) ? null : Chance(0.75) ? Pick(Phases) : "Onboarding",
            BuyerRoles = roles,
            Stakeholders = Enumerable.Range(0, _random.Next(0, 3)).Select(_ => new Stakeholder(Pick(People), Pick(Roles))).ToArray(),
            Challenges = Some(Challenges, 0.3, 2),
            Language = Pick(DealLanguages),
            Dismissed = Enumerable.Range(0, _random.Next(0, 4)).Select(_ => items[_random.Next(items.Count)].Id).ToArray(),
        };
    }

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private T Pick<T>(IReadOnlyList<T> values) => values[_random.Next(values.Count)];

    /// <summary>None with probability <paramref name="none"/>, else 1 to <paramref name="max"/> distinct values.</summary>
    private string[] Some(IReadOnlyList<string> values, double none, int max)
    {
        if (Chance(none))
        {
            return Array.Empty<string>();
        }

        var count = _random.Next(1, max + 1);
        return Shuffle(values).Take(count).ToArray();
    }
}
