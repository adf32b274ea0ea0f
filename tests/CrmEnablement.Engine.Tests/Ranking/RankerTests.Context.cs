using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Ranking;
using static CrmEnablement.Engine.Tests.TestSupport.ContentItemBuilder;
using static CrmEnablement.Engine.Tests.TestSupport.OpportunityBuilder;
using static CrmEnablement.Engine.Tests.TestSupport.TestRanker;

namespace CrmEnablement.Engine.Tests.Ranking;

/// <summary>What the deal's labels resolve to: phase, industry, status, and the warnings about them.</summary>
public partial class RankerTests
{
    private static readonly ContentItem[] OnePerPhase =
    {
        Item("Aware").Kind("Insight").Phases("Awareness"),
        Item("Buy").Kind("ROI Model").Phases("Buying"),
        Item("Adopt").Kind("Adoption Guide").Phases("Implementation & Adoption"),
    };

    [TestCase("Awareness", false, "Close", "Awareness", "Aware")]
    [TestCase(null, true, "Qualify", "Implementation & Adoption", "Adopt")]
    [TestCase(null, false, "Qualify", "Awareness", "Aware")]
    [TestCase(null, false, "Propose", "Buying", "Buy")]
    public void Rank_Phase_ExplicitThenWonThenStageMap(string? phase, bool won, string stage, string expectedPhase, string expectedId)
    {
        var deal = Deal().Phase(phase).Stage(stage);

        var ranking = Rank(won ? deal.Won() : deal, OnePerPhase);

        Assert.That(ranking.Phase, Is.EqualTo(expectedPhase));
        Assert.That(ranking.Ids(), Is.EqualTo(new[] { expectedId }));
    }

    [Test]
    public void Rank_UnknownPhaseLabel_WarnsAndUsesStage()
    {
        var ranking = Rank(Deal().Phase("Buyng phase").Stage("Qualify"), OnePerPhase);

        Assert.That(ranking.Phase, Is.EqualTo("Awareness"));
        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "Aware" }));
        Assert.That(ranking.Warnings, Has.Some.StartsWith("Phase 'Buyng phase' is not a journey phase"));
    }

    [Test]
    public void Rank_NoStage_WarnsAssumesAwarenessAndDropsStageTaggedItems()
    {
        var ranking = Rank(Deal().Stage(null), OnePerPhase);

        Assert.That(ranking.Phase, Is.EqualTo("Awareness"));
        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "Aware" }));
        Assert.That(ranking.Warnings, Does.Contain(RankingMessages.NoPhase("Awareness")));
    }

    [Test]
    public void Rank_UnknownIndustry_OnlyGenericItemsAndWarningNamesLabel()
    {
        var ranking = Rank(Deal().Industry("Space Tourism"), Item("Ins").Industries("Insurance"), Item("Generic").Kind("Insight"));

        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "Generic" }));
        Assert.That(ranking.Warnings, Has.Exactly(1).StartsWith("Industry 'Space Tourism' is not in the industry vocabulary"));
    }

    [TestCase(null)]
    [TestCase("  ")]
    public void Rank_NoIndustry_OnlyGenericItemsAndWarning(string? industry)
    {
        var ranking = Rank(Deal().Industry(industry), Item("Ins").Industries("Insurance"), Item("Generic").Kind("Insight"));

        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "Generic" }));
        Assert.That(ranking.Warnings, Is.EqualTo(new[] { RankingMessages.NoIndustry }));
    }

    [Test]
    public void Rank_KnownLabelsInOtherSpelling_NoWarnings()
    {
        var ranking = Rank(Deal().Industry(" INSURANCE ").Stage("develop").Roles("economic  buyer").Challenges("risk and compliance"), Item("A").Industries("Insurance"));

        Assert.That(ranking.Warnings, Is.Empty);
        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "A" }));
    }

    [Test]
    public void Rank_KnownIndustryInOtherSpelling_ReportsTheVocabularyLabel()
    {
        Assert.That(Rank(Deal().Industry(" INSURANCE "), Item("A")).Industry, Is.EqualTo("Insurance"));
    }

    [TestCase(null)]
    [TestCase("Space Tourism")]
    public void Rank_MissingOrUnknownIndustry_ReportsNoIndustry(string? industry)
    {
        Assert.That(Rank(Deal().Industry(industry), Item("A")).Industry, Is.Null);
    }

    [Test]
    public void Rank_RolesAndStakeholders_ReportsKnownRolesOnceInVocabularyOrder()
    {
        var deal = Deal().Roles("champion", "Economic Buyer", "Astronaut").Stakeholder("Ana", "Technical Buyer").Stakeholder("Ben", "Champion");

        var ranking = Rank(deal, Item("A"));

        Assert.That(ranking.BuyerRoles, Is.EqualTo(new[] { "Economic Buyer", "Technical Buyer", "Champion" }));
    }

    [Test]
    public void Rank_NoKnownRoles_ReportsNoRoles()
    {
        Assert.That(Rank(Deal().Roles(), Item("A")).BuyerRoles, Is.Empty);
    }

    [Test]
    public void Rank_LostDeal_StillReportsWhatItWasRankedFor()
    {
        var ranking = Rank(Deal().Lost().Stakeholder("Ana", "Champion"), Item("A"));

        Assert.That(ranking.Industry, Is.EqualTo("Insurance"));
        Assert.That(ranking.BuyerRoles, Is.EqualTo(new[] { "Economic Buyer", "Champion" }));
    }

    [Test]
    public void Rank_LostDeal_NothingSuggestedAndWarning()
    {
        var ranking = Rank(Deal().Lost(), Item("A").Pinned(), Item("B").Kind("Insight"));

        Assert.That(ranking.Suggestions, Is.Empty);
        Assert.That(ranking.Warnings, Does.Contain(RankingMessages.Lost));
        Assert.That(ranking.OpportunityId, Is.EqualTo("O1"));
    }

    [Test]
    public void Rank_WonDeal_StillSuggests()
    {
        Assert.That(Rank(Deal().Won(), Item("A")).Ids(), Is.EqualTo(new[] { "A" }));
    }
}
