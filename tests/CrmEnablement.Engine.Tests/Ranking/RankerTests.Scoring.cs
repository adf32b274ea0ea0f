using System.Linq;
using CrmEnablement.Engine.Settings;
using CrmEnablement.Engine.Tests.TestSupport;
using static CrmEnablement.Engine.Tests.TestSupport.ContentItemBuilder;
using static CrmEnablement.Engine.Tests.TestSupport.OpportunityBuilder;
using static CrmEnablement.Engine.Tests.TestSupport.TestRanker;

namespace CrmEnablement.Engine.Tests.Ranking;

/// <summary>Scoring: specificity, challenges, pins; feedback and freshness only break near-ties; then id.</summary>
public partial class RankerTests
{
    private static readonly ScoreWeights Weights = EngineSettings.Default.Weights;

    // "A" is generic and sorts first by id, so "B" can only come first through its facet bonus.
    [TestCase("industry")]
    [TestCase("role")]
    [TestCase("phase")]
    [TestCase("stage")]
    public void Rank_SpecificOnOneFacet_OutranksGenericByThatFacetWeight(string facet)
    {
        var (specific, weight) = facet switch
        {
            "industry" => (Item("B").Industries("Insurance"), Weights.Industry),
            "role" => (Item("B").Roles("Economic Buyer"), Weights.BuyerRole),
            "phase" => (Item("B").Phases("Buying"), Weights.Phase),
            _ => (Item("B").Stages("Develop"), Weights.SalesStage),
        };

        var ranking = Rank(Deal().Industry("Insurance").Roles("Economic Buyer").Stage("Develop"), Item("A"), specific);

        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "B", "A" }));
        Assert.That(ranking.For("B").Score - ranking.For("A").Score, Is.EqualTo((decimal)weight));
    }

    [Test]
    public void Rank_SpecificOnEveryFacet_OutranksGenericOnEveryFacet()
    {
        var ranking = Rank(
            Deal(),
            Item("A").Kind("Insight"),
            Item("B").Industries("Insurance").Roles("Economic Buyer").Phases("Buying").Stages("Develop"));

        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "B", "A" }));
        Assert.That(ranking.For("B").Score, Is.EqualTo((decimal)(Weights.Industry + Weights.BuyerRole + Weights.Phase + Weights.SalesStage)));
    }

    [Test]
    public void Rank_SharedChallenges_EachAddsChallengeWeight()
    {
        var ranking = Rank(
            Deal().Challenges("Growth", "Efficiency"),
            Item("A").Kind("Insight"),
            Item("B").Kind("ROI Model").Challenges("Growth", "Transformation"),
            Item("C").Kind("Playbook").Challenges("Growth", "Efficiency"),
            Item("D").Kind("Value Message").Challenges("Transformation"));

        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "C", "B", "A", "D" }));
        Assert.That(ranking.For("B").Score, Is.EqualTo((decimal)Weights.Challenge));
        Assert.That(ranking.For("C").Score, Is.EqualTo((decimal)(2 * Weights.Challenge)));
        Assert.That(ranking.For("D").Score, Is.Zero);
    }

    [Test]
    public void Rank_Pinned_AddsPinWeight()
    {
        var ranking = Rank(Deal(), Item("A"), Item("B").Pinned());

        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "B", "A" }));
        Assert.That(ranking.For("B").Score - ranking.For("A").Score, Is.EqualTo((decimal)Weights.Pinned));
    }

    [Test]
    public void Rank_PinnedGeneric_BeatsOneFacetOfSpecificityWithSmallerWeight()
    {
        // "About one facet": a pin (3) outweighs a shared challenge (2) and matches a phase (3).
        var ranking = Rank(Deal().Challenges("Growth"), Item("A").Challenges("Growth"), Item("B").Pinned(), Item("C").Kind("Insight").Phases("Buying"));

        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "B", "C", "A" }));
    }

    [Test]
    public void Rank_DefaultWeights_BestTieBreakersCannotBeatOneFacet()
    {
        var ranking = Rank(Deal(), AdoredAndNew("A"), DislikedAndOld("B").Phases("Buying"));

        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "B", "A" }));
    }

    [Test]
    public void Rank_TieBreakersJustBelowSmallestWeight_BestTieBreakersCannotBeatOneFacet()
    {
        // Phase weighs 1 and 2 × 0.45 + 0.09 = 0.99 stays below it: the tightest valid settings.
        var weights = new ScoreWeights { Industry = 5, BuyerRole = 5, Phase = 1, SalesStage = 5, Challenge = 5, Pinned = 5, Feedback = 0.45, Freshness = 0.09 };
        var settings = EngineSettings.Default with { Weights = weights };
        Assert.That(settings.Validate(), Is.Empty);

        var ranking = Rank(Deal(), settings, AdoredAndNew("A"), DislikedAndOld("B").Phases("Buying"));

        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "B", "A" }));
    }

    // Suspected engine bug: Validate checks 2 × feedback + freshness < smallest weight in points,
    // but scores add each part rounded to 0.001 on its own. Here 2 × 0.4996 + 0.0007 = 0.9999 < 1
    // passes, yet the parts round to 0.500 and 0.001, so the generic item scores 0.501 vs 0.500.
    [Test]
    public void Validate_SubMilliTieBreakersThatRoundUpToAFacet_AreRefused()
    {
        // Regression: 2 × 0.4996 + 0.0007 is below 1, but the ranker scores in rounded milli-points
        // (500 + 500 + 1 = 1001 > 1000), where such weights let feedback and freshness beat a facet.
        var weights = new ScoreWeights { Industry = 5, BuyerRole = 5, Phase = 1, SalesStage = 5, Challenge = 5, Pinned = 5, Feedback = 0.4996, Freshness = 0.0007 };

        var problems = (EngineSettings.Default with { Weights = weights }).Validate();

        Assert.That(problems, Has.Exactly(1).StartsWith("weights.feedback and weights.freshness may only break near-ties"));
    }

    [Test]
    public void Rank_LargestValidTieBreakers_CannotBeatOneFacet()
    {
        // 2 × 0.499 + 0.001 = 0.999 milli-exact: the largest tie-breakers a phase weight of 1 allows.
        var weights = new ScoreWeights { Industry = 5, BuyerRole = 5, Phase = 1, SalesStage = 5, Challenge = 5, Pinned = 5, Feedback = 0.499, Freshness = 0.001 };
        var settings = EngineSettings.Default with { Weights = weights };
        Assert.That(settings.Validate(), Is.Empty);

        var ranking = Rank(Deal(), settings, AdoredAndNew("A"), DislikedAndOld("B").Phases("Buying"));

        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "B", "A" }), $"A scored {ranking.For("A").Score}, B scored {ranking.For("B").Score}");
    }

    [Test]
    public void Rank_NearTie_BrokenByFeedback()
    {
        var ranking = Rank(Deal(), Item("A").Kind("Insight"), Item("B").Kind("ROI Model").Votes(5, 1), Item("C").Kind("Playbook").Votes(1, 5));

        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "B", "A", "C" }));
        Assert.That(ranking.For("B").Score, Is.GreaterThan(0m).And.LessThan((decimal)Weights.Feedback));
        Assert.That(ranking.For("C").Score, Is.LessThan(0m).And.GreaterThan(-(decimal)Weights.Feedback));
    }

    [Test]
    public void Rank_NearTie_MoreVotesOfSameShareWin()
    {
        // 10 of 10 helpful is stronger evidence than 1 of 1 once smoothed by the prior.
        var ranking = Rank(Deal(), Item("A").Kind("Insight").Votes(1, 0), Item("B").Kind("ROI Model").Votes(10, 0));

        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "B", "A" }));
    }

    [Test]
    public void Rank_NearTie_BrokenByFreshness()
    {
        var ranking = Rank(
            Deal(),
            Item("A").Kind("Insight"),
            Item("B").Kind("ROI Model").PublishedDaysAgo(40),
            Item("C").Kind("Playbook").PublishedDaysAgo(10),
            Item("D").Kind("Value Message").PublishedDaysAgo(0));

        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "D", "C", "B", "A" }));
        Assert.That(ranking.For("D").Score, Is.EqualTo((decimal)Weights.Freshness));
    }

    [Test]
    public void Rank_ExactTie_BrokenByOrdinalId()
    {
        // Ordinal: upper case before lower case, unlike a culture-aware sort (a, B, c).
        var ranking = Rank(Deal(), Item("c").Kind("Insight"), Item("B").Kind("ROI Model"), Item("a").Kind("Playbook"));

        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "B", "a", "c" }));
        Assert.That(ranking.Suggestions.Select(suggestion => suggestion.Rank), Is.EqualTo(new[] { 1, 2, 3 }));
    }

    private static ContentItemBuilder AdoredAndNew(string id) => Item(id).Kind("Insight").Votes(100_000, 0).PublishedDaysAgo(0);

    private static ContentItemBuilder DislikedAndOld(string id) => Item(id).Kind("ROI Model").Votes(0, 100_000).PublishedDaysAgo(5 * 365);
}
