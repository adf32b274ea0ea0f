using System;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Tests.TestSupport;
using static CrmEnablement.Engine.Tests.TestSupport.ContentItemBuilder;
using static CrmEnablement.Engine.Tests.TestSupport.OpportunityBuilder;
using static CrmEnablement.Engine.Tests.TestSupport.TestRanker;

namespace CrmEnablement.Engine.Tests.Ranking;

/// <summary>
/// The Ranker's hard filters. One fixture split over several files (RankerTests.*.cs) by rule:
/// scoring, caps, refreshers, deal context, reasons, determinism, brute-force equivalence.
/// The default deal is an open Insurance deal in Develop (Buying) with an Economic Buyer.
/// </summary>
public partial class RankerTests
{
    [Test]
    public void Constructor_NullIndex_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => _ = new Ranker(null!));
    }

    [TestCase(ContentStatus.Draft)]
    [TestCase(ContentStatus.Retired)]
    public void Rank_NotPublished_NeverSuggested(ContentStatus status)
    {
        var ranking = Rank(Deal(), Item("A").Status(status).Pinned().Industries("Insurance"), Item("B"));

        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "B" }));
    }

    [Test]
    public void Rank_PublishedAfterAsOf_Excluded()
    {
        var ranking = Rank(Deal(), Item("A").PublishedOn(TestDates.AsOf.AddDays(1)), Item("B").PublishedOn(TestDates.AsOf));

        Assert.That(ranking.Ids(), Is.EqualTo(new[] { "B" }));
    }

    [TestCase(-1, true)]
    [TestCase(0, true)]
    [TestCase(1, false)]
    public void Rank_DaysAfterExpiry_SuggestedUpToAndIncludingExpiryDay(int daysAfterExpiry, bool suggested)
    {
        var expires = new DateTime(2026, 12, 31);

        var ranking = RankOn(expires.AddDays(daysAfterExpiry), Deal(), Item("A").ExpiresOn(expires), Item("B"));

        Assert.That(ranking.Ids(), suggested ? Does.Contain("A") : Does.Not.Contain("A"));
    }

    [Test]
    public void Rank_AsOfTimeOfDay_OnlyDateCounts()
    {
        var ranking = RankOn(TestDates.AsOf.AddHours(23), Deal(), Item("A").ExpiresOn(TestDates.AsOf), Item("B").PublishedOn(TestDates.AsOf.AddHours(22)));

        Assert.That(ranking.Ids(), Is.EquivalentTo(new[] { "A", "B" }));
    }

    [Test]
    public void Rank_PhaseTags_MustContainDealPhase()
    {
        var ranking = Rank(
            Deal().Stage("Develop"),
            Item("Aware").Kind("Insight").Phases("Awareness"),
            Item("Buy").Kind("ROI Model").Phases("Buying"),
            Item("Both").Kind("Value Message").Phases("Awareness", "Buying"),
            Item("Any").Kind("Playbook"));

        Assert.That(ranking.Ids(), Is.EquivalentTo(new[] { "Buy", "Both", "Any" }));
    }

    [Test]
    public void Rank_IndustryTags_MustContainDealIndustryOrBeGeneric()
    {
        var ranking = Rank(
            Deal().Industry("insurance"),
            Item("Ins").Kind("Insight").Industries("Insurance"),
            Item("Fin").Kind("ROI Model").Industries("Financial"),
            Item("Multi").Kind("Value Message").Industries("Financial", "Insurance"),
            Item("Generic").Kind("Playbook"));

        Assert.That(ranking.Ids(), Is.EquivalentTo(new[] { "Ins", "Multi", "Generic" }));
    }

    [TestCase(null, "en", true)]
    [TestCase("en", null, true)]
    [TestCase("en", "en", true)]
    [TestCase("en", "EN", true)]
    [TestCase("de", "en", false)]
    [TestCase("de", "de-CH", true)]
    [TestCase("de-CH", "de-CH", true)]
    [TestCase("fr", "de-CH", false)]
    public void Rank_Language_ItemOrDealWithoutLanguageMatchesAny(string? item, string? deal, bool suggested)
    {
        var ranking = Rank(Deal().Language(deal), Item("A").Language(item));

        Assert.That(ranking.Ids(), suggested ? Does.Contain("A") : Does.Not.Contain("A"));
    }

    [Test]
    public void Rank_StageTags_MustContainDealStage()
    {
        var ranking = Rank(
            Deal().Stage("Develop"),
            Item("Dev").Kind("Insight").Stages("Develop"),
            Item("Prop").Kind("ROI Model").Stages("Propose"),
            Item("DevProp").Kind("Value Message").Stages("Develop", "Propose"),
            Item("Any").Kind("Playbook"));

        Assert.That(ranking.Ids(), Is.EquivalentTo(new[] { "Dev", "DevProp", "Any" }));
    }

    [Test]
    public void Rank_RoleTags_MustIntersectDealRoles()
    {
        var ranking = Rank(
            Deal().Roles("Champion").Stakeholder("Ana", "Economic Buyer"),
            Item("EB").Kind("Insight").Roles("Economic Buyer"),
            Item("Champ").Kind("Solution Brief").Roles("Champion"),
            Item("TB").Kind("ROI Model").Roles("Technical Buyer"),
            Item("TBEB").Kind("Value Message").Roles("Technical Buyer", "Economic Buyer"),
            Item("Any").Kind("Playbook"));

        Assert.That(ranking.Ids(), Is.EquivalentTo(new[] { "EB", "Champ", "TBEB", "Any" }));
    }

    [Test]
    public void Rank_DealWithoutKnownRoles_AcceptsRoleTaggedItemsWithoutBonusAndWarns()
    {
        var ranking = Rank(Deal().Roles("CFO"), Item("Tagged").Kind("Insight").Roles("Technical Buyer"), Item("Generic"));

        Assert.That(ranking.Ids(), Is.EquivalentTo(new[] { "Tagged", "Generic" }));
        Assert.That(ranking.For("Tagged").Score, Is.EqualTo(ranking.For("Generic").Score));
        Assert.That(ranking.For("Tagged").ForRoles, Is.Empty);
        Assert.That(ranking.For("Tagged").Reasons, Has.None.Property(nameof(Reason.Facet)).EqualTo(ReasonFacet.BuyerRole));
        Assert.That(ranking.Warnings, Does.Contain(RankingMessages.NoKnownRoles));
        Assert.That(ranking.Warnings, Has.Some.StartsWith("Buyer role 'CFO' is not in the buyer role vocabulary"));
    }

    [Test]
    public void Rank_DismissedId_NeverSuggestedForThatDealOnly()
    {
        var items = new ContentItem[] { Item("A").Pinned(), Item("B").Kind("Insight") };

        var dismissing = Rank(Deal("O1").Dismiss("A"), items);
        var other = Rank(Deal("O2"), items);

        Assert.That(dismissing.Ids(), Is.EqualTo(new[] { "B" }));
        Assert.That(other.Ids(), Is.EqualTo(new[] { "A", "B" }));
    }

    [Test]
    public void Rank_DismissedIdNotInCatalogue_Ignored()
    {
        Assert.That(Rank(Deal().Dismiss("GONE"), Item("A")).Ids(), Is.EqualTo(new[] { "A" }));
    }
}
