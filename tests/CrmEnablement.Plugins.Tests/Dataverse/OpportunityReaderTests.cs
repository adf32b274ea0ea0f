using System;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Vocabularies;
using CrmEnablement.Plugins.Dataverse;
using CrmEnablement.Plugins.Tests.TestSupport;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Tests.Dataverse;

/// <summary>
/// What the product reads from an opportunity and its surroundings, seen where the rep sees it: the
/// Custom API's ranking. Stage, phase override, challenges and the account's industry.
/// </summary>
public class OpportunityReaderTests
{
    private const int Insurance = 20;
    private const int Financial = 16;
    private const int CustomisedIndustry = 100000001;
    private const int Qualify = 0;
    private const int Develop = 1;

    private Org _org = null!;

    [SetUp]
    public void SetUp()
    {
        _org = new Org();
        _org.Seed(Rows.Content("AWARE-1", "Insight", phases: new[] { "Awareness" }));
        _org.Seed(Rows.Content("BUY-1", "ROI Model", phases: new[] { "Buying" }));
        _org.Seed(Rows.Content("PROPOSE-1", "Proposal Template", phases: new[] { "Buying" }, stages: new[] { "Propose" }));
        _org.Seed(Rows.Content("EFFICIENCY-1", "Value Message", phases: new[] { "Buying" }, challenges: new[] { "Efficiency" }));
        _org.Seed(Rows.Content("ADOPT-1", "Adoption Guide", phases: new[] { "Implementation & Adoption" }));
        _org.Seed(Rows.Content("INSURANCE-1", "Success Story", industries: new[] { "Insurance" }));
    }

    [Test]
    public void Read_ProcessFlowActiveStage_IsPreferredOverSalesStage()
    {
        var deal = _org.Seed(Rows.Opportunity(null, Qualify));
        var propose = _org.Seed(new Entity(RelatedSchema.ProcessStage) { [RelatedSchema.StageName] = "Propose" });
        _org.Seed(new Entity(RelatedSchema.SalesProcess)
        {
            [RelatedSchema.SalesProcessOpportunity] = new EntityReference(OpportunitySchema.Table, deal),
            [RelatedSchema.ActiveStage] = new EntityReference(RelatedSchema.ProcessStage, propose),
        });

        var ranking = CustomApi.Rank(_org.Rep, deal);

        Assert.That(ranking.Phase, Is.EqualTo("Buying"), "Propose maps to Buying; salesstage Qualify would say Awareness");
        Assert.That(ranking.ReasonsFor("PROPOSE-1"), Does.Contain(RankingMessages.StageText("Propose")));
    }

    [Test]
    public void Read_JourneyPhaseOverride_DecidesThePhase()
    {
        var row = Rows.Opportunity(null, Develop);
        row[OpportunitySchema.JourneyPhase] = Rows.Option(Facet.Phase, "Implementation & Adoption");
        var deal = _org.Seed(row);

        var ranking = CustomApi.Rank(_org.Rep, deal);

        Assert.That(ranking.Phase, Is.EqualTo("Implementation & Adoption"), "Develop alone would say Buying");
        Assert.That(ranking.ContentIds, Does.Contain("ADOPT-1").And.Not.Contain("BUY-1"));
    }

    [Test]
    public void Read_CustomerChallenges_AreMatched()
    {
        var row = Rows.Opportunity(null, Develop);
        row[OpportunitySchema.Challenges] = Rows.Options(Facet.Challenge, "Efficiency");
        var deal = _org.Seed(row);

        var ranking = CustomApi.Rank(_org.Rep, deal);

        Assert.That(ranking.ReasonsFor("EFFICIENCY-1"), Does.Contain(RankingMessages.ChallengeText("Efficiency")));
        Assert.That(ranking.ContentIds[0], Is.EqualTo("EFFICIENCY-1"), "a shared challenge adds to the score");
    }

    [Test]
    public void Read_AccountIndustryCode_IsMappedToItsLabel()
    {
        var deal = _org.Seed(Rows.Opportunity(_org.Seed(Rows.Account(Insurance)), Develop));

        var ranking = CustomApi.Rank(_org.Rep, deal);

        Assert.That(ranking.ReasonsFor("INSURANCE-1"), Does.Contain(RankingMessages.IndustryText("Insurance")));
    }

    [Test]
    public void Read_CustomisedIndustryCode_IsMappedThroughTheSettings()
    {
        _org.SetSettings($"{{ \"industryCodeMap\": {{ \"{CustomisedIndustry}\": \"Insurance\" }} }}");
        var deal = _org.Seed(Rows.Opportunity(_org.Seed(Rows.Account(CustomisedIndustry)), Develop));

        var ranking = CustomApi.Rank(_org.Rep, deal);

        Assert.That(ranking.ReasonsFor("INSURANCE-1"), Does.Contain(RankingMessages.IndustryText("Insurance")));
        Assert.That(ranking.Warnings, Has.None.Contains("industry code"));
    }

    [Test]
    public void Read_CustomisedIndustryCodeNotInTheSettings_SuggestsGenericContentAndWarns()
    {
        var deal = _org.Seed(Rows.Opportunity(_org.Seed(Rows.Account(CustomisedIndustry)), Develop));

        var ranking = CustomApi.Rank(_org.Rep, deal);

        Assert.That(ranking.ContentIds, Does.Contain("BUY-1").And.Not.Contain("INSURANCE-1"));
        Assert.That(ranking.Warnings, Has.Some.Contains($"industry code {CustomisedIndustry}"));
    }

    [Test]
    public void Read_NoParentAccount_TakesTheIndustryFromTheCustomerAccount()
    {
        var row = Rows.Opportunity(null, Develop);
        row[OpportunitySchema.Customer] = new EntityReference(RelatedSchema.Account, _org.Seed(Rows.Account(Insurance)));
        var deal = _org.Seed(row);

        var ranking = CustomApi.Rank(_org.Rep, deal);

        Assert.That(ranking.ReasonsFor("INSURANCE-1"), Does.Contain(RankingMessages.IndustryText("Insurance")));
    }

    [Test]
    public void Read_ParentAndCustomerAccounts_ParentAccountDecides()
    {
        var row = Rows.Opportunity(_org.Seed(Rows.Account(Insurance)), Develop);
        row[OpportunitySchema.Customer] = new EntityReference(RelatedSchema.Account, _org.Seed(Rows.Account(Financial)));
        var deal = _org.Seed(row);

        var ranking = CustomApi.Rank(_org.Rep, deal);

        Assert.That(ranking.ReasonsFor("INSURANCE-1"), Does.Contain(RankingMessages.IndustryText("Insurance")));
    }

    [Test]
    public void Read_CustomerIsAContact_NoIndustry()
    {
        var row = Rows.Opportunity(null, Develop);
        row[OpportunitySchema.Customer] = new EntityReference(RelatedSchema.Contact, _org.Seed(new Entity(RelatedSchema.Contact) { [RelatedSchema.FullName] = "Dana Direct" }));
        var deal = _org.Seed(row);

        var ranking = CustomApi.Rank(_org.Rep, deal);

        Assert.That(ranking.ContentIds, Does.Not.Contain("INSURANCE-1"));
        Assert.That(ranking.Warnings, Does.Contain(RankingMessages.NoIndustry));
    }
}
