using System;
using System.Linq;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Settings;
using CrmEnablement.Engine.Tests.TestSupport;
using static CrmEnablement.Engine.Tests.TestSupport.ContentItemBuilder;
using static CrmEnablement.Engine.Tests.TestSupport.OpportunityBuilder;
using static CrmEnablement.Engine.Tests.TestSupport.TestRanker;

namespace CrmEnablement.Engine.Tests.Ranking;

/// <summary>Reasons: what matched, with what, and that they account for the score.</summary>
public partial class RankerTests
{
    [Test]
    public void Rank_ItemMatchingEverything_ScoreIsSumOfReasonWeights()
    {
        var deal = Deal().Roles("Economic Buyer", "Champion").Challenges("Growth", "Efficiency", "Transformation");
        var item = Item("A").Industries("Insurance").Roles("Champion", "Economic Buyer").Phases("Buying").Stages("Develop")
            .Challenges("Growth", "Efficiency").Pinned().Votes(3, 1).PublishedDaysAgo(10);

        var suggestion = Rank(deal, item).For("A");

        // One role bonus however many roles match; feedback 0.6 × (2 × 5/8 − 1) = 0.15;
        // freshness 0.3 × 0.5^(10/60) = 0.267.
        var facets = Weights.Industry + Weights.BuyerRole + Weights.Phase + Weights.SalesStage + (2 * Weights.Challenge) + Weights.Pinned;
        Assert.That(suggestion.Score, Is.EqualTo((decimal)facets + 0.150m + 0.267m));
        Assert.That(suggestion.Reasons.Select(reason => reason.Facet), Is.EqualTo(new[]
        {
            ReasonFacet.Industry, ReasonFacet.BuyerRole, ReasonFacet.BuyerRole, ReasonFacet.Phase, ReasonFacet.SalesStage,
            ReasonFacet.Challenge, ReasonFacet.Challenge, ReasonFacet.Pinned, ReasonFacet.Feedback, ReasonFacet.Freshness,
        }));
        Assert.That(ScoreArithmetic.FacetPoints(suggestion, Weights), Is.EqualTo(ScoreArithmetic.Milli(facets)));
    }

    [Test]
    public void Rank_Reasons_NameMatchedValues()
    {
        var deal = Deal().Challenges("Risk & Compliance");
        var item = Item("A").Industries("Insurance").Phases("Buying").Stages("Develop").Challenges("Risk & Compliance").Pinned()
            .Votes(4, 2).PublishedOn(new DateTime(2026, 11, 1));

        var reasons = Rank(deal, item).For("A").Reasons;

        Assert.That(reasons, Is.EqualTo(new[]
        {
            new Reason(ReasonFacet.Industry, "Insurance", RankingMessages.IndustryText("Insurance")),
            new Reason(ReasonFacet.Phase, "Buying", RankingMessages.PhaseText("Buying")),
            new Reason(ReasonFacet.SalesStage, "Develop", RankingMessages.StageText("Develop")),
            new Reason(ReasonFacet.Challenge, "Risk & Compliance", RankingMessages.ChallengeText("Risk & Compliance")),
            new Reason(ReasonFacet.Pinned, RankingMessages.PinnedValue, RankingMessages.PinnedText),
            new Reason(ReasonFacet.Feedback, RankingMessages.FeedbackValue(4, 2), RankingMessages.FeedbackText(4, 2)),
            new Reason(ReasonFacet.Freshness, "2026-11-01", RankingMessages.FreshnessText("2026-11-01")),
        }));
    }

    [Test]
    public void Rank_GenericItemWithoutVotesOrDate_NoReasonsAndZeroScore()
    {
        var suggestion = Rank(Deal(), Item("A")).For("A");

        Assert.That(suggestion.Reasons, Is.Empty);
        Assert.That(suggestion.Score, Is.Zero);
    }

    [Test]
    public void Rank_RoleReasons_NameStakeholdersOfEachMatchedRole()
    {
        var deal = Deal().Roles("Procurement").Stakeholder("Ana", "Economic Buyer").Stakeholder("Ben", "economic buyer").Stakeholder("Cy", "Champion");
        var item = Item("A").Roles("Champion", "Economic Buyer", "Procurement", "End User");

        var suggestion = Rank(deal, item).For("A");

        Assert.That(suggestion.Reasons, Is.EqualTo(new[]
        {
            new Reason(ReasonFacet.BuyerRole, "Economic Buyer", "For the Economic Buyer: Ana, Ben"),
            new Reason(ReasonFacet.BuyerRole, "Champion", "For the Champion: Cy"),
            new Reason(ReasonFacet.BuyerRole, "Procurement", "For the Procurement"),
        }));
        Assert.That(suggestion.Score, Is.EqualTo((decimal)Weights.BuyerRole));
    }

    [Test]
    public void Rank_ForRoles_DealRolesTheItemIsTaggedFor()
    {
        var ranking = Rank(
            Deal().Roles("Champion", "Economic Buyer"),
            Item("Tagged").Roles("Technical Buyer", "Champion", "Economic Buyer"),
            Item("Generic").Kind("Insight"));

        Assert.That(ranking.For("Tagged").ForRoles, Is.EqualTo(new[] { "Economic Buyer", "Champion" }));
        Assert.That(ranking.For("Generic").ForRoles, Is.Empty);
    }

    [Test]
    public void Rank_SuggestionFields_CopiedFromItem()
    {
        var suggestion = Rank(Deal(), Item("A").Title("<b>Claims</b>").Kind("Insight").Internal()).For("A");

        Assert.That((suggestion.Rank, suggestion.Title, suggestion.Url, suggestion.Kind, suggestion.Audience),
            Is.EqualTo((1, "<b>Claims</b>", "https://enablement.example/content/A", "Insight", "Internal")));
    }

    [TestCase(7)]
    [TestCase(8)]
    public void Rank_RandomCatalogue_ScoreIsReasonFacetsPlusFeedbackPlusFreshness(int seed)
    {
        var random = new RandomCatalog(seed);
        var items = random.Items(300, withRefreshers: false);
        var ranker = new Ranker(CatalogIndex.Build(items, EngineSettings.Default));
        var byId = items.ToDictionary(item => item.Id);
        var checkedCount = 0;

        foreach (var deal in random.Deals(50, items))
        {
            foreach (var suggestion in ranker.Rank(deal, TestDates.AsOf).Suggestions)
            {
                var item = byId[suggestion.ContentId];
                var expected = ScoreArithmetic.FacetPoints(suggestion, Weights)
                    + ScoreArithmetic.Feedback(item, EngineSettings.Default)
                    + ScoreArithmetic.Freshness(item, EngineSettings.Default, TestDates.AsOf);
                Assert.That(suggestion.Score, Is.EqualTo(ScoreArithmetic.Points(expected)), $"{deal.Id} / {suggestion.ContentId}");
                checkedCount++;
            }
        }

        Assert.That(checkedCount, Is.GreaterThan(100));
    }

    // Suspected engine bug: Explainer adds freshness for items up to ~550 days old but names it
    // only within one half-life (60 days), so between the two a score has points no reason explains.
    [Test]
    public void Rank_ItemOlderThanHalfLife_EveryScorePointHasAReason()
    {
        var suggestion = Rank(Deal(), Item("A").PublishedDaysAgo(90)).For("A");

        var explained = ScoreArithmetic.FacetPoints(suggestion, Weights);
        Assert.That(suggestion.Score, Is.EqualTo(ScoreArithmetic.Points(explained)), "reasons: " + string.Join(", ", suggestion.Reasons));
    }
}
