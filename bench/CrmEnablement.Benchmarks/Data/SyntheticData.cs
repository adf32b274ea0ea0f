using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Benchmarks.Data;

/// <summary>
/// Seeded, deterministic catalogues and deals shaped like a real tenant's: most content is tagged for
/// a few popular industries or none, roles and phases are usually tagged, stages rarely, and most
/// deals are open with a known industry and a small buying committee. Labels are the engine's
/// default vocabularies, canonical as the catalogue importer writes them.
/// </summary>
public static class SyntheticData
{
    /// <summary>The seed of every catalogue the benchmarks rank against.</summary>
    public const int CatalogSeed = 20250602;

    /// <summary>The seed of every set of deals the benchmarks rank.</summary>
    public const int DealSeed = 7;

    /// <summary>The day every benchmark ranks for; dates in the data are relative to it.</summary>
    public static readonly DateTime AsOf = new(2025, 6, 2);

    /// <summary>The industries most content and most deals are about (ARCHITECTURE.md §5 names them first).</summary>
    private static readonly string[] PopularIndustries =
    {
        "Financial", "Insurance", "Consulting", "Durable Manufacturing", "Business Services",
        "Transportation", "Wholesale", "Doctor's Offices and Clinics",
    };

    /// <summary>Kinds meant for the rep; the rest are client-facing.</summary>
    private static readonly string[] InternalKinds =
    {
        "Training Module", "Playbook", "Call Script", "Demo Script", "Discovery Guide", "Win/Loss Analysis",
    };

    private const string TrainingKind = "Training Module";

    private static readonly string[] ClientKinds = DefaultVocabularies.Kinds.Except(InternalKinds).ToArray();

    /// <summary>
    /// <paramref name="count"/> items with ids <c>C000000</c>…, about 85% Published; a quarter of the
    /// client-facing items link a training module.
    /// </summary>
    public static ContentItem[] Items(int count, int seed = CatalogSeed)
    {
        var random = new Random(seed);
        var items = new ContentItem[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = Item(random, i);
        }

        var trainings = items.Where(item => item.Kind == TrainingKind).Select(item => item.Id).ToArray();
        for (var i = 0; i < count && trainings.Length > 0; i++)
        {
            if (!items[i].IsInternal && random.Chance(0.25))
            {
                items[i] = items[i] with { RelatedTraining = random.Pick(trainings) };
            }
        }

        return items;
    }

    /// <summary>
    /// <paramref name="count"/> deals with ids <c>O0000000</c>…: industry mostly known, 1–4 buyer roles
    /// from the role column and stakeholders, a stage, mostly Open, some Won, a few with a dismissed item.
    /// </summary>
    public static OpportunityProfile[] Deals(int count, IReadOnlyList<ContentItem> catalogue, int seed = DealSeed)
    {
        var random = new Random(seed);
        var deals = new OpportunityProfile[count];
        for (var i = 0; i < count; i++)
        {
            deals[i] = Deal(random, i, catalogue);
        }

        return deals;
    }

    private static ContentItem Item(Random random, int number)
    {
        var isInternal = random.Chance(0.10);
        var kind = random.Pick(isInternal ? InternalKinds : ClientKinds);
        var published = random.Chance(0.03) ? (DateTime?)null
            : random.Chance(0.05) ? AsOf.AddDays(random.Next(1, 60))
            : AsOf.AddDays(-random.Next(0, 1100));
        var expires = published is { } from && random.Chance(0.30) ? from.AddDays(random.Next(90, 900)) : (DateTime?)null;
        var helpful = random.Chance(0.5) ? 0 : random.Next(0, 40);
        var notHelpful = random.Chance(0.5) ? 0 : random.Next(0, 12);
        return new ContentItem
        {
            Id = $"C{number:D6}",
            Title = $"{kind} #{number}",
            Url = $"https://content.example.com/items/{number}",
            Summary = $"Synthetic {kind.ToLowerInvariant()} number {number}.",
            Kind = kind,
            IsInternal = isInternal,
            Medium = random.Pick(DefaultVocabularies.Media),
            Industries = ItemIndustries(random),
            BuyerRoles = random.Chance(0.30) ? Array.Empty<string>() : random.PickDistinct(DefaultVocabularies.BuyerRoles, random.Next(1, 4)),
            Phases = random.Chance(0.20) ? Array.Empty<string>() : random.PickDistinct(DefaultVocabularies.Phases, random.Chance(0.75) ? 1 : 2),
            SalesStages = random.Chance(0.10) ? random.PickDistinct(DefaultVocabularies.SalesStages, random.Next(1, 3)) : Array.Empty<string>(),
            Challenges = random.PickDistinct(DefaultVocabularies.Challenges, random.Weighted(new[] { 0.4, 0.4, 0.2 })),
            Language = random.Weighted(new[] { 0.85, 0.08, 0.04, 0.03 }) switch { 0 => "en", 1 => "de", 2 => null, _ => "" },
            Status = random.Weighted(new[] { 0.85, 0.10, 0.05 }) switch
            {
                0 => ContentStatus.Published,
                1 => ContentStatus.Draft,
                _ => ContentStatus.Retired,
            },
            PublishedOn = published,
            ExpiresOn = expires,
            Author = $"Author {random.Next(1, 60)}",
            Pinned = random.Chance(0.01),
            Helpful = helpful,
            NotHelpful = notHelpful,
        };
    }

    /// <summary>About 40% industry-generic; the rest one or two industries, skewed toward the popular ones.</summary>
    private static string[] ItemIndustries(Random random)
    {
        if (random.Chance(0.40))
        {
            return Array.Empty<string>();
        }

        var wanted = random.Chance(0.70) ? 1 : 2;
        var industries = new HashSet<string>();
        while (industries.Count < wanted)
        {
            industries.Add(SkewedIndustry(random));
        }

        return industries.ToArray();
    }

    private static string SkewedIndustry(Random random) =>
        random.Chance(0.60) ? random.Pick(PopularIndustries) : random.Pick(DefaultVocabularies.Industries);

    private static OpportunityProfile Deal(Random random, int number, IReadOnlyList<ContentItem> catalogue)
    {
        var roles = random.PickDistinct(DefaultVocabularies.BuyerRoles, random.Next(1, 5));
        var fromColumn = new List<string>();
        var stakeholders = new List<Stakeholder>();
        foreach (var role in roles)
        {
            if (random.Chance(0.5))
            {
                fromColumn.Add(role);
            }
            else
            {
                stakeholders.Add(new Stakeholder($"Person {random.Next(1, 5000)}", role));
            }
        }

        return new OpportunityProfile
        {
            Id = $"O{number:D7}",
            Name = $"Deal {number}",
            Industry = random.Chance(0.93) ? SkewedIndustry(random) : null,
            SalesStage = random.Pick(DefaultVocabularies.SalesStages),
            Status = random.Chance(0.88) ? OpportunityStatus.Open : OpportunityStatus.Won,
            Phase = random.Chance(0.05) ? random.Pick(DefaultVocabularies.Phases) : null,
            BuyerRoles = fromColumn,
            Stakeholders = stakeholders,
            Challenges = random.PickDistinct(DefaultVocabularies.Challenges, random.Weighted(new[] { 0.3, 0.45, 0.25 })),
            Language = random.Weighted(new[] { 0.80, 0.10, 0.10 }) switch { 0 => "en", 1 => "de", _ => null },
            Dismissed = random.Chance(0.10) && catalogue.Count > 0
                ? Enumerable.Range(0, random.Next(1, 3)).Select(_ => random.Pick(catalogue).Id).ToArray()
                : Array.Empty<string>(),
        };
    }
}
