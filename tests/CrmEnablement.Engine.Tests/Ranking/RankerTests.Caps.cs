using System.Linq;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Tests.TestSupport;
using static CrmEnablement.Engine.Tests.TestSupport.ContentItemBuilder;
using static CrmEnablement.Engine.Tests.TestSupport.OpportunityBuilder;
using static CrmEnablement.Engine.Tests.TestSupport.TestRanker;

namespace CrmEnablement.Engine.Tests.Ranking;

/// <summary>Top-K, at most N per kind, at most M internal.</summary>
public partial class RankerTests
{
    private static readonly string[] TenKinds =
    {
        "Case Study", "Success Story", "Insight", "Value Message", "Discovery Guide",
        "Business Case Template", "ROI Model", "Competitive Battlecard", "Solution Brief", "Proposal Template",
    };

    [Test]
    public void Rank_DefaultSettings_TopEightByScore()
    {
        // Item Ki has i helpful votes, so a higher i scores higher; all kinds differ.
        var items = TenKinds.Select((kind, i) => (ContentItem)Item("K" + i).Kind(kind).Votes(i, 0)).ToArray();

        var ranking = Rank(Deal(), items);

        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "K9", "K8", "K7", "K6", "K5", "K4", "K3", "K2" }));
    }

    [TestCase(1)]
    [TestCase(3)]
    [TestCase(10)]
    public void Rank_TopKSetting_LimitsCount(int topK)
    {
        var items = TenKinds.Select((kind, i) => (ContentItem)Item("K" + i).Kind(kind).Votes(i, 0)).ToArray();

        var ranking = Rank(Deal(), Caps(topK: topK), items);

        Assert.That(ranking.Ids(), Is.EqualTo(Enumerable.Range(0, topK).Select(i => "K" + (9 - i)).ToArray()));
    }

    [Test]
    public void Rank_ThreeOfOneKindScoringHighest_OnlyTwoOfThatKind()
    {
        var ranking = Rank(
            Deal(),
            Item("Case1").Industries("Insurance").Pinned(),
            Item("Case2").Industries("Insurance"),
            Item("Case3").Industries("Insurance"),
            Item("Insight1").Kind("Insight"),
            Item("Insight2").Kind("Insight"));

        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "Case1", "Case2", "Insight1", "Insight2" }));
    }

    [TestCase(1)]
    [TestCase(3)]
    public void Rank_PerKindCapSetting_LimitsEachKind(int cap)
    {
        var items = Enumerable.Range(0, 4).SelectMany(i => new ContentItem[] { Item("Case" + i), Item("Insight" + i).Kind("Insight") }).ToArray();

        var ranking = Rank(Deal(), Caps(perKind: cap), items);

        Assert.That(ranking.Suggestions.Count(suggestion => suggestion.Kind == "Case Study"), Is.EqualTo(cap));
        Assert.That(ranking.Suggestions.Count(suggestion => suggestion.Kind == "Insight"), Is.EqualTo(cap));
    }

    [Test]
    public void Rank_KindUnknownToTheVocabulary_DoesNotUseTheFirstKindsCap()
    {
        // Regression: an unknown kind used to share the pool of the first kind (Case Study).
        var ranking = Rank(Deal(), Item("A").Kind("Case Study").Pinned(), Item("B").Kind("Case Study").Pinned(), Item("C").Kind("Podcast"));

        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "A", "B", "C" }));
    }

    [Test]
    public void Rank_KindCap_CountsInternalAndClientFacingTogether()
    {
        var ranking = Rank(Deal(), Item("A").Kind("Playbook").Pinned(), Item("B").Kind("Playbook").Internal().Pinned(), Item("C").Kind("Playbook"));

        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "A", "B" }));
    }

    [Test]
    public void Rank_ThreeInternalScoringHighest_OnlyTwoInternal()
    {
        var ranking = Rank(
            Deal(),
            Item("Int1").Kind("Playbook").Internal().Pinned(),
            Item("Int2").Kind("Training Module").Internal().Pinned(),
            Item("Int3").Kind("Call Script").Internal().Pinned(),
            Item("Client1").Kind("Insight"),
            Item("Client2").Kind("ROI Model"));

        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "Int1", "Int2", "Client1", "Client2" }));
        Assert.That(ranking.Suggestions.Select(suggestion => suggestion.Audience), Is.EqualTo(new[] { "Internal", "Internal", "Client-facing", "Client-facing" }));
    }

    [Test]
    public void Rank_InternalItemsOverCap_DoNotTakeTopKPlaces()
    {
        // Three top-scoring internal items and top-K 3: the third internal one must leave its place to a client item.
        var ranking = Rank(
            Deal(),
            Caps(topK: 3),
            Item("Int1").Kind("Playbook").Internal().Pinned(),
            Item("Int2").Kind("Training Module").Internal().Pinned(),
            Item("Int3").Kind("Call Script").Internal().Pinned(),
            Item("Client1").Kind("Insight"));

        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "Int1", "Int2", "Client1" }));
    }

    [Test]
    public void Rank_InternalCapZero_NoInternalItems()
    {
        var ranking = Rank(Deal(), Caps(internalCap: 0), Item("Int").Kind("Playbook").Internal().Pinned(), Item("Client"));

        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "Client" }));
    }

    [Test]
    public void Rank_CappedItemsSkipped_LowerItemsFillTopK()
    {
        // Six pinned case studies can fill only two places; the rest go to lower-scoring kinds.
        var cases = Enumerable.Range(0, 6).Select(i => (ContentItem)Item("Case" + i).Pinned());
        var others = TenKinds.Skip(1).Select((kind, i) => (ContentItem)Item("Other" + i).Kind(kind));

        var ranking = Rank(Deal(), cases.Concat(others).ToArray());

        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "Case0", "Case1", "Other0", "Other1", "Other2", "Other3", "Other4", "Other5" }));
    }
}
