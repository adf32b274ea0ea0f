using System.Linq;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Tests.TestSupport;
using static CrmEnablement.Engine.Tests.TestSupport.ContentItemBuilder;
using static CrmEnablement.Engine.Tests.TestSupport.OpportunityBuilder;
using static CrmEnablement.Engine.Tests.TestSupport.TestRanker;

namespace CrmEnablement.Engine.Tests.Ranking;

/// <summary>Refreshers: a suggested client-facing item brings its related training module along.</summary>
public partial class RankerTests
{
    [Test]
    public void Rank_SuggestedItemWithRelatedTraining_TrainingSuggestedWithTrainingReason()
    {
        var ranking = Rank(Deal(), Item("Case").Title("Claims case").Refresher("T"), Training("T"));

        var refresher = ranking.For("T");
        Assert.That(refresher.Audience, Is.EqualTo("Internal"));
        Assert.That(refresher.Reasons.First(), Is.EqualTo(new Reason(ReasonFacet.Training, "Case", RankingMessages.TrainingText("Claims case"))));
    }

    [Test]
    public void Rank_TwoItemsShareRefresher_OneSuggestionWithReasonForEach()
    {
        var ranking = Rank(Deal(), Item("A").Refresher("T").Pinned(), Item("B").Kind("Insight").Refresher("T"), Training("T"));

        Assert.That(ranking.Ids().Count(id => id == "T"), Is.EqualTo(1));
        var trainingReasons = ranking.For("T").Reasons.Where(reason => reason.Facet == ReasonFacet.Training).Select(reason => reason.Value);
        Assert.That(trainingReasons, Is.EqualTo(new[] { "A", "B" }));
    }

    [Test]
    public void Rank_RefresherTagsNotForDeal_StillSuggested()
    {
        var training = Training("T").Industries("Financial").Phases("Awareness").Stages("Qualify").Roles("Technical Buyer").Language("fr");

        var ranking = Rank(Deal().Language("en"), Item("Case").Refresher("T"), training);

        Assert.That(ranking.Ids(), Does.Contain("T"));
    }

    [Test]
    public void Rank_Refreshers_TakeInternalSlotsBeforeHigherScoringInternalItems()
    {
        var ranking = Rank(
            Deal(),
            Item("Case").Refresher("T"),
            Item("Int1").Kind("Playbook").Internal().Pinned().Industries("Insurance"),
            Item("Int2").Kind("Call Script").Internal().Pinned(),
            Training("T"));

        Assert.That(ranking.Ids(), Is.EquivalentTo(new[] { "Case", "Int1", "T" }));
        Assert.That(ranking.For("T").Score, Is.LessThan(ranking.For("Int1").Score));
    }

    [Test]
    public void Rank_RefresherAlsoEligibleOnItsOwn_SuggestedOnceWithTrainingReason()
    {
        var ranking = Rank(Deal(), Item("Case").Refresher("T"), Item("T").Kind("Training Module").Internal().Pinned());

        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "T", "Case" }));
        Assert.That(ranking.For("T").Reasons.First().Facet, Is.EqualTo(ReasonFacet.Training));
    }

    [Test]
    public void Rank_RelatedItemIsClientFacing_IsNoRefresherAndListedOnce()
    {
        // The CSV check refuses such a link, but a catalogue edited in Dataverse can hold one.
        var ranking = Rank(Deal(), Item("Case").Refresher("Other").Pinned(), Item("Other").Kind("Insight"));

        Assert.That(ranking.Ids().Count(id => id == "Other"), Is.EqualTo(1));
        Assert.That(ranking.For("Other").Reasons.Select(reason => reason.Facet), Has.No.Member(ReasonFacet.Training));
    }

    [TestCase("expired")]
    [TestCase("draft")]
    [TestCase("retired")]
    [TestCase("future")]
    [TestCase("dismissed")]
    public void Rank_RefresherUnavailable_NotSuggested(string why)
    {
        var training = why switch
        {
            "expired" => Training("T").ExpiresOn(TestDates.DaysAgo(1)),
            "draft" => Training("T").Status(ContentStatus.Draft),
            "retired" => Training("T").Status(ContentStatus.Retired),
            "future" => Training("T").PublishedOn(TestDates.AsOf.AddDays(1)),
            _ => Training("T"),
        };
        var deal = why == "dismissed" ? Deal().Dismiss("T") : Deal();

        var ranking = Rank(deal, Item("Case").Refresher("T"), training);

        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "Case" }));
    }

    [Test]
    public void Rank_RefresherExpiringToday_Suggested()
    {
        Assert.That(Rank(Deal(), Item("Case").Refresher("T"), Training("T").ExpiresOn(TestDates.AsOf)).Ids(), Does.Contain("T"));
    }

    [Test]
    public void Rank_SourceNotSuggested_NoRefresher()
    {
        var ranking = Rank(Deal(), Item("Case").Industries("Financial").Refresher("T"), Item("Other"), Training("T"));

        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "Other" }));
    }

    [Test]
    public void Rank_RefresherBeyondTopK_WeakestUnrelatedClientItemMakesRoom()
    {
        var ranking = Rank(Deal(), Caps(topK: 2), Item("A").Pinned().Refresher("T"), Item("B").Kind("Insight"), Training("T"));

        Assert.That(ranking.Ids(), Is.EquivalentTo(new[] { "A", "T" }));
    }

    [Test]
    public void Rank_InternalCapZero_NoRefresher()
    {
        Assert.That(Rank(Deal(), Caps(internalCap: 0), Item("Case").Refresher("T"), Training("T")).Ids(), Is.EqualTo(new[] { "Case" }));
    }

    /// <summary>An internal training module that is not eligible for the default deal on its own (wrong phase).</summary>
    private static ContentItemBuilder Training(string id) => Item(id).Kind("Training Module").Internal().Phases("Implementation & Adoption");
}
