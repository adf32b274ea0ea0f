using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Settings;

namespace CrmEnablement.Engine.Tests.TestSupport;

/// <summary>One-line ranking for tests: build the index, rank one deal on <see cref="TestDates.AsOf"/>.</summary>
internal static class TestRanker
{
    public static OpportunityRanking Rank(OpportunityProfile deal, params ContentItem[] items) =>
        Rank(deal, EngineSettings.Default, TestDates.AsOf, items);

    public static OpportunityRanking Rank(OpportunityProfile deal, EngineSettings settings, params ContentItem[] items) =>
        Rank(deal, settings, TestDates.AsOf, items);

    public static OpportunityRanking RankOn(DateTime asOf, OpportunityProfile deal, params ContentItem[] items) =>
        Rank(deal, EngineSettings.Default, asOf, items);

    public static OpportunityRanking Rank(OpportunityProfile deal, EngineSettings settings, DateTime asOf, IEnumerable<ContentItem> items) =>
        new Ranker(CatalogIndex.Build(items, settings)).Rank(deal, asOf);

    /// <summary>The suggested content ids, best first.</summary>
    public static string[] Ids(this OpportunityRanking ranking) =>
        ranking.Suggestions.Select(suggestion => suggestion.ContentId).ToArray();

    /// <summary>The suggestion for <paramref name="id"/>; fails the test when it was not suggested.</summary>
    public static Suggestion For(this OpportunityRanking ranking, string id)
    {
        var found = ranking.Suggestions.FirstOrDefault(suggestion => suggestion.ContentId == id);
        Assert.That(found, Is.Not.Null, $"'{id}' was not suggested; got [{string.Join(", ", ranking.Ids())}]");
        return found!;
    }

    /// <summary>Settings with the given caps and otherwise the defaults.</summary>
    public static EngineSettings Caps(int topK = 8, int perKind = 2, int internalCap = 2) =>
        EngineSettings.Default with { TopK = topK, PerKindCap = perKind, InternalCap = internalCap };
}
