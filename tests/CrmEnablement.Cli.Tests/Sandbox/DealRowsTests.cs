using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Cli.Sandbox;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Settings;
using CrmEnablement.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Cli.Tests.Sandbox;

public sealed class DealRowsTests
{
    private static readonly Guid Content = Guid.NewGuid();

    private static DealRows CreateSut() =>
        new(EngineSettings.Default, Guid.NewGuid, new Dictionary<string, Guid> { ["CNT-1"] = Content });

    private static OpportunityProfile Deal(string id = "OPP-1") => new()
    {
        Id = id,
        Name = "Contoso Insurance – Claims",
        Industry = "insurance",
        SalesStage = "propose",
        BuyerRoles = new[] { "Economic Buyer" },
        Challenges = new[] { "Growth" },
    };

    [Test]
    public void Build_StageLabel_IsTheSalesStageChoiceValue()
    {
        var deal = CreateSut().Build(Deal());

        Assert.That(deal.Opportunity.GetAttributeValue<OptionSetValue>(OpportunitySchema.SalesStage).Value, Is.EqualTo(2));
        Assert.That(deal.Opportunity.GetAttributeValue<OptionSetValueCollection>(OpportunitySchema.BuyerRoles), Has.Count.EqualTo(1));
        Assert.That(deal.Opportunity.GetAttributeValue<OptionSetValueCollection>(OpportunitySchema.Challenges), Has.Count.EqualTo(1));
    }

    [Test]
    public void Build_TwoDealsOfOneCustomer_ShareTheAccount()
    {
        var sut = CreateSut();

        var first = sut.Build(Deal("OPP-1"));
        var second = sut.Build(Deal("OPP-2") with { Name = "Contoso Insurance – Renewal" });

        Assert.That(sut.Shared.Count(row => row.LogicalName == RelatedSchema.Account), Is.EqualTo(1));
        Assert.That(second.Opportunity.GetAttributeValue<EntityReference>(OpportunitySchema.ParentAccount).Id,
            Is.EqualTo(first.Opportunity.GetAttributeValue<EntityReference>(OpportunitySchema.Customer).Id));
    }

    [Test]
    public void Build_WonWithPhase_SetsStateAndOverride()
    {
        var deal = CreateSut().Build(Deal() with { Status = OpportunityStatus.Won, Phase = "Implementation and Adoption" });

        Assert.That(deal.Opportunity.GetAttributeValue<OptionSetValue>(OpportunitySchema.StateCode).Value, Is.EqualTo(OpportunitySchema.WonState));
        Assert.That(deal.Opportunity.GetAttributeValue<OptionSetValue>(OpportunitySchema.JourneyPhase), Is.Not.Null);
    }

    [Test]
    public void Build_Dismissed_IsADismissedSuggestionOfTheDeal()
    {
        var deal = CreateSut().Build(Deal() with { Dismissed = new[] { "CNT-1" } });

        var row = deal.Related.Single(r => r.LogicalName == SuggestionSchema.Table);
        Assert.That(row.GetAttributeValue<EntityReference>(SuggestionSchema.Opportunity).Id, Is.EqualTo(deal.Id));
        Assert.That(row.GetAttributeValue<EntityReference>(SuggestionSchema.Content).Id, Is.EqualTo(Content));
        Assert.That(row.GetAttributeValue<OptionSetValue>(SuggestionSchema.Status).Value, Is.EqualTo((int)SuggestionStatus.Dismissed));
    }

    [Test]
    public void Build_UnknownLabels_AreLeftOutAndWarnedAbout()
    {
        var sut = CreateSut();

        var deal = sut.Build(Deal() with { SalesStage = "Negotiate", Phase = "Dreaming", Challenges = new[] { "Boredom" }, Dismissed = new[] { "CNT-404" } });

        Assert.That(deal.Opportunity.Contains(OpportunitySchema.SalesStage), Is.False);
        Assert.That(deal.Opportunity.Contains(OpportunitySchema.JourneyPhase), Is.False);
        Assert.That(deal.Opportunity.Contains(OpportunitySchema.Challenges), Is.False);
        Assert.That(sut.Warnings, Is.EqualTo(new[]
        {
            CliMessages.SandboxUnknownStage("OPP-1", "Negotiate"),
            CliMessages.SandboxUnknownPhase("OPP-1", "Dreaming"),
            CliMessages.SandboxUnknownLabel("OPP-1", "challenge", "Boredom"),
            CliMessages.SandboxUnknownDismissed("OPP-1", "CNT-404"),
        }));
    }

    [Test]
    public void Build_DealWithALanguage_KeepsItOnTheOpportunity()
    {
        var sut = CreateSut();

        var withLanguage = sut.Build(Deal() with { Id = "OPP-1", Language = "de-CH" }).Opportunity;
        var without = sut.Build(Deal() with { Id = "OPP-2", Language = null }).Opportunity;

        Assert.That(withLanguage.GetAttributeValue<string>(OpportunitySchema.Language), Is.EqualTo("de-CH"));
        Assert.That(without.Contains(OpportunitySchema.Language), Is.False);
        Assert.That(sut.Warnings, Is.Empty);
    }

    [TestCase("Qualify", 0)]
    [TestCase("close", 3)]
    [TestCase(" Develop ", 1)]
    public void StageValue_KnownLabel_IsItsIndex(string label, int value)
    {
        Assert.That(DealRows.StageValue(label), Is.EqualTo(value));
    }
}
