using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Settings;
using CrmEnablement.Engine.Tests.TestSupport;

namespace CrmEnablement.Engine.Tests.Ranking;

/// <summary>
/// The index, the per-(kind, audience) pools of RankScratch and Selection against the brute-force
/// reading of the rules: keeping only each pool's best few must never change the result.
/// </summary>
public partial class RankerTests
{
    private static IEnumerable<TestCaseData> EquivalenceCases()
    {
        foreach (var seed in new[] { 11, 12, 13 })
        {
            yield return new TestCaseData(seed, EngineSettings.Default).SetArgDisplayNames(seed.ToString(), "defaults");
            yield return new TestCaseData(seed, TestRanker.Caps(topK: 5, perKind: 1, internalCap: 1)).SetArgDisplayNames(seed.ToString(), "tight caps");
            yield return new TestCaseData(seed, TestRanker.Caps(topK: 20, perKind: 3, internalCap: 0)).SetArgDisplayNames(seed.ToString(), "wide, no internal");
            yield return new TestCaseData(seed, TestRanker.Caps(topK: 4, perKind: 8, internalCap: 4)).SetArgDisplayNames(seed.ToString(), "kind cap above top-K");
        }
    }

    [TestCaseSource(nameof(EquivalenceCases))]
    public void Rank_RandomCatalogue_EqualsBruteForce(int seed, EngineSettings settings)
    {
        var random = new RandomCatalog(seed);
        var items = random.Items(300, withRefreshers: false);
        var deals = random.Deals(50, items);
        var ranker = new Ranker(CatalogIndex.Build(items, settings));
        var suggested = 0;
        var trimmed = 0;

        foreach (var deal in deals)
        {
            var expected = BruteForceRanker.Rank(items, deal, settings, TestDates.AsOf);

            var actual = ranker.Rank(deal, TestDates.AsOf).Suggestions
                .Select(suggestion => (suggestion.ContentId, (int)(suggestion.Score * 1000))).ToList();

            Assert.That(actual, Is.EqualTo(expected), deal.Id);
            suggested += actual.Count;
            trimmed += BruteForceRanker.Eligible(items, deal, settings, TestDates.AsOf).Count > actual.Count ? 1 : 0;
        }

        // Not vacuous: deals get suggestions, and for most of them the caps or top-K left items out.
        Assert.That(suggested, Is.GreaterThan(deals.Count));
        Assert.That(trimmed, Is.GreaterThan(deals.Count / 2));
    }
}
