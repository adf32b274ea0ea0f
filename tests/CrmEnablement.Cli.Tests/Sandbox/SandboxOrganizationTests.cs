using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Cli.Sandbox;
using CrmEnablement.Cli.Tests.TestSupport;
using CrmEnablement.Plugins;
using CrmEnablement.Plugins.Dataverse;
using LocalOrg.Diagnostics;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Cli.Tests.Sandbox;

public sealed class SandboxOrganizationTests
{
    private readonly List<string> _warnings = new();

    private SandboxOrganization CreateSut()
    {
        var data = SandboxInputs.Load(Samples.Catalog, Samples.Opportunities, Samples.Settings);
        return SandboxOrganization.Create(data, SandboxClock.ForDay(FixedClock.Today), _warnings.Add);
    }

    [Test]
    public void Create_LoadsEveryItemAsAContentRowWithOptionValuesAndTrainingLookups()
    {
        var org = CreateSut();

        var rows = org.Local.Rows(ContentSchema.Table);
        var first = rows.Single(row => row.GetAttributeValue<string>(ContentSchema.ExternalId) == "CNT-0001");
        var training = rows.Single(row => row.GetAttributeValue<string>(ContentSchema.ExternalId) == "CNT-0086");

        Assert.That(rows, Has.Count.EqualTo(110));
        Assert.That(first.GetAttributeValue<OptionSetValue>(ContentSchema.Kind), Is.Not.Null);
        Assert.That(first.GetAttributeValue<OptionSetValueCollection>(ContentSchema.Industries), Has.Count.EqualTo(1));
        Assert.That(first.GetAttributeValue<EntityReference>(ContentSchema.RelatedTraining).Id, Is.EqualTo(training.Id));
        Assert.That(first.GetAttributeValue<bool>(ContentSchema.Pinned), Is.True);
    }

    [Test]
    public void Create_MakesAccountsWithTheIndustryCodeOfTheDealsIndustry()
    {
        var org = CreateSut();

        var deal = org.Local.Find(OpportunitySchema.Table, org.Deals[0].Id)!;
        var account = org.Local.Find(RelatedSchema.Account, deal.GetAttributeValue<EntityReference>(OpportunitySchema.ParentAccount).Id)!;

        Assert.That(account.GetAttributeValue<string>("name"), Is.EqualTo("Northwind Mutual"));
        Assert.That(account.GetAttributeValue<OptionSetValue>(RelatedSchema.IndustryCode).Value, Is.EqualTo(20), "Insurance");
    }

    [Test]
    public void Create_StakeholdersAreContactsConnectedInAStakeholderRoleNamedByTheirRole()
    {
        var org = CreateSut();
        var id = org.Deals[0].Id;

        var connections = org.Local.Rows(RelatedSchema.Connection).Where(row => row.GetAttributeValue<EntityReference>(RelatedSchema.Record1).Id == id).ToList();
        var roles = connections.Select(row => org.Local.Find(RelatedSchema.ConnectionRole, row.GetAttributeValue<EntityReference>(RelatedSchema.Record2Role).Id)!).ToList();
        var people = connections.Select(row => org.Local.Find(RelatedSchema.Contact, row.GetAttributeValue<EntityReference>(RelatedSchema.Record2).Id)!).ToList();

        Assert.That(roles.Select(role => role.GetAttributeValue<string>(RelatedSchema.RoleName)), Is.EqualTo(new[] { "Technical Buyer", "Champion", "Decision Maker" }));
        Assert.That(roles.Select(role => role.GetAttributeValue<OptionSetValue>(RelatedSchema.RoleCategory).Value), Is.All.EqualTo(RelatedSchema.StakeholderCategory));
        Assert.That(people.Select(person => person.GetAttributeValue<string>(RelatedSchema.FullName)), Is.EqualTo(new[] { "Priya Raman", "Tom Hadley", "Gail Morrison" }));
    }

    [Test]
    public void Create_EachStakeholderConnectionHasItsReciprocalAndThePersonIsOnTheDealOnce()
    {
        var org = CreateSut();
        var id = org.Deals[0].Id;

        var fromDeal = org.Local.Rows(RelatedSchema.Connection).Where(row => row.GetAttributeValue<EntityReference>(RelatedSchema.Record1).Id == id).ToList();

        Assert.That(fromDeal.Select(row => row.GetAttributeValue<EntityReference>(RelatedSchema.Record2).Id).Distinct().Count(), Is.EqualTo(3), "three people, one row each");
        foreach (var row in fromDeal)
        {
            var reciprocal = org.Local.Find(RelatedSchema.Connection, row.GetAttributeValue<EntityReference>(RelatedSchema.RelatedConnection).Id)!;
            Assert.That(reciprocal.GetAttributeValue<EntityReference>(RelatedSchema.Record1).Id, Is.EqualTo(row.GetAttributeValue<EntityReference>(RelatedSchema.Record2).Id));
            Assert.That(reciprocal.GetAttributeValue<EntityReference>(RelatedSchema.Record2).Id, Is.EqualTo(id));
            Assert.That(reciprocal.GetAttributeValue<EntityReference>(RelatedSchema.Record1Role).Id, Is.EqualTo(row.GetAttributeValue<EntityReference>(RelatedSchema.Record2Role).Id));
            Assert.That(reciprocal.GetAttributeValue<EntityReference>(RelatedSchema.RelatedConnection).Id, Is.EqualTo(row.Id));
        }
    }

    [Test]
    public void Create_DealsAreCreatedThroughThePipelineAndHaveSuggestionRows()
    {
        var org = CreateSut();

        var suggestions = org.Local.Rows(SuggestionSchema.Table);
        var withSuggestions = org.Deals.Where(deal => Ranked(org, deal.Id) > 0).ToList();

        Assert.That(org.Local.PendingAsyncJobs, Is.Zero);
        Assert.That(withSuggestions, Has.Count.GreaterThan(org.Deals.Count / 2));
        foreach (var deal in withSuggestions)
        {
            Assert.That(suggestions.Count(row => row.GetAttributeValue<EntityReference>(SuggestionSchema.Opportunity).Id == deal.Id
                && row.GetAttributeValue<OptionSetValue>(SuggestionSchema.Status).Value == (int)SuggestionStatus.Suggested), Is.EqualTo(Ranked(org, deal.Id)), deal.FileId);
            Assert.That(org.Local.Find(OpportunitySchema.Table, deal.Id)!.Contains(OpportunitySchema.SuggestionsRefreshedOn), Is.True, deal.FileId);
        }
    }

    private static int Ranked(SandboxOrganization org, Guid id)
    {
        var json = (string)org.Rep.Execute(new OrganizationRequest("cen_GetContentSuggestions") { ["OpportunityId"] = id }).Results["SuggestionsJson"];
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return document.RootElement.GetProperty("suggestions").GetArrayLength();
    }

    [Test]
    public void Create_DismissedInTheFile_IsADismissedSuggestionRow()
    {
        var org = CreateSut();
        var id = org.Deals.Single(deal => deal.FileId == "OPP-1001").Id;
        var content = org.Local.Rows(ContentSchema.Table).Single(row => row.GetAttributeValue<string>(ContentSchema.ExternalId) == "CNT-0037").Id;

        var row = org.Local.Rows(SuggestionSchema.Table).Single(row =>
            row.GetAttributeValue<EntityReference>(SuggestionSchema.Opportunity).Id == id && row.GetAttributeValue<EntityReference>(SuggestionSchema.Content).Id == content);

        Assert.That(row.GetAttributeValue<OptionSetValue>(SuggestionSchema.Status).Value, Is.EqualTo((int)SuggestionStatus.Dismissed));
    }

    [Test]
    public void Create_ClosedDeals_CarryTheirState()
    {
        var org = CreateSut();

        var states = org.Deals.Select(deal => org.Local.Find(OpportunitySchema.Table, deal.Id)!.GetAttributeValue<OptionSetValue>(OpportunitySchema.StateCode)?.Value ?? 0).ToList();

        Assert.That(states, Does.Contain(OpportunitySchema.WonState));
    }

    [Test]
    public void Create_RegistersEveryStepAndCustomApiOfThePluginCatalog()
    {
        var org = CreateSut();

        var ran = org.Local.SystemJobs;
        var custom = org.Rep.Execute(new OrganizationRequest(PluginCatalog.CustomApis().Single().Step.Message) { ["OpportunityId"] = org.Deals[0].Id });

        Assert.That(custom.Results.Contains("SuggestionsJson"), Is.True);
        Assert.That(ran.Where(job => job.Status == SystemJobStatus.Failed), Is.Empty);
    }

    [Test]
    public void Create_LabelsThatCannotBeStored_AreWarnedAbout()
    {
        CreateSut();

        Assert.That(_warnings, Does.Contain(CliMessages.SandboxUnmappedIndustry("OPP-1012", "Space Tourism")));
        Assert.That(_warnings, Does.Contain(CliMessages.SandboxUnknownLabel("OPP-1013", "buyer role", "Chief Vibes Officer")));
    }

    [Test]
    public void RunAsyncSteps_AfterAnUpdate_RunsTheQueuedStepAndForgetsHistory()
    {
        var org = CreateSut();
        var id = org.Deals[0].Id;

        org.Rep.Update(new Entity(OpportunitySchema.Table, id) { [OpportunitySchema.SalesStage] = new OptionSetValue(3) });
        var waiting = org.Local.PendingAsyncJobs;
        org.RunAsyncSteps();

        Assert.That(waiting, Is.EqualTo(1));
        Assert.That(org.Local.PendingAsyncJobs, Is.Zero);
        Assert.That(org.Local.Executions, Is.Empty);
    }
}
