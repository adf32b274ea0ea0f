using System.Linq;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Settings;
using CrmEnablement.Engine.Tests.TestSupport;

namespace CrmEnablement.Engine.Tests.Ranking;

/// <summary>Same input, same output: whatever the catalogue's row order, however often asked.</summary>
public partial class RankerTests
{
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void RankAll_CatalogueInShuffledRowOrders_IdenticalRankings(int seed)
    {
        var random = new RandomCatalog(seed);
        var items = random.Items(300, withRefreshers: true);
        var deals = random.Deals(50, items);
        var expected = RankingText.Describe(new Ranker(CatalogIndex.Build(items, EngineSettings.Default)).RankAll(deals, TestDates.AsOf));

        for (var shuffle = 0; shuffle < 3; shuffle++)
        {
            var shuffled = random.Shuffle(items);
            Assert.That(shuffled.Select(item => item.Id), Is.Not.EqualTo(items.Select(item => item.Id)));

            var actual = RankingText.Describe(new Ranker(CatalogIndex.Build(shuffled, EngineSettings.Default)).RankAll(deals, TestDates.AsOf));

            Assert.That(actual, Is.EqualTo(expected));
        }

        Assert.That(expected, Does.Contain(ReasonFacet.Training.ToString()), "the catalogue should exercise refreshers");
    }

    [Test]
    public void Rank_SameDealTwice_IdenticalResults()
    {
        var random = new RandomCatalog(4);
        var items = random.Items(300, withRefreshers: true);
        var ranker = new Ranker(CatalogIndex.Build(items, EngineSettings.Default));

        foreach (var deal in random.Deals(20, items))
        {
            var first = RankingText.Describe(ranker.Rank(deal, TestDates.AsOf));

            Assert.That(RankingText.Describe(ranker.Rank(deal, TestDates.AsOf)), Is.EqualTo(first));
        }
    }

    [Test]
    public void RankAll_ManyDeals_KeepsOrderAndEqualsRankingEachAlone()
    {
        var random = new RandomCatalog(5);
        var items = random.Items(200, withRefreshers: true);
        var deals = random.Shuffle(random.Deals(30, items));
        var ranker = new Ranker(CatalogIndex.Build(items, EngineSettings.Default));

        var all = ranker.RankAll(deals, TestDates.AsOf);

        Assert.That(all.Select(ranking => ranking.OpportunityId), Is.EqualTo(deals.Select(deal => deal.Id)));
        Assert.That(RankingText.Describe(all), Is.EqualTo(RankingText.Describe(deals.Select(deal => ranker.Rank(deal, TestDates.AsOf)))));
    }
}
