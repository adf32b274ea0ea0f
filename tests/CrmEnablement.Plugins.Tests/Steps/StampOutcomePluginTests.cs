using System;
using System.Linq;
using CrmEnablement.Plugins.Dataverse;
using CrmEnablement.Plugins.Tests.TestSupport;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Tests.Steps;

/// <summary>Closing a deal credits the content that was used.</summary>
public class StampOutcomePluginTests
{
    private Org _org = null!;
    private Guid _opportunity;
    private Guid _used;
    private Guid _ignored;

    [SetUp]
    public void SetUp()
    {
        _org = new Org();
        _used = _org.Seed(Rows.Content("AWARE-1", "Insight", phases: new[] { "Awareness" }));
        _ignored = _org.Seed(Rows.Content("AWARE-2", "Case Study", phases: new[] { "Awareness" }));
        _opportunity = _org.Rep.Create(Rows.Opportunity(null, 0));
        _org.Rep.Create(Rows.Interaction(_opportunity, _used, InteractionAction.Copied));
        _org.Rep.Create(Rows.Interaction(_opportunity, _ignored, InteractionAction.Dismissed));
        _org.Local.DrainAsync();
    }

    [TestCase("WinOpportunity", DealOutcome.Won, ContentSchema.WonWithCount)]
    [TestCase("LoseOpportunity", DealOutcome.Lost, ContentSchema.LostWithCount)]
    public void Close_Deal_StampsOutcomeAndCreditsUsedContentOnly(string message, DealOutcome outcome, string counter)
    {
        _org.Rep.Execute(new OrganizationRequest(message)
        {
            ["OpportunityClose"] = new Entity("opportunityclose") { [OpportunitySchema.Id] = new EntityReference(OpportunitySchema.Table, _opportunity) },
            ["Status"] = new OptionSetValue(outcome == DealOutcome.Won ? 3 : 4),
        });
        _org.Local.DrainAsync();

        var interactions = _org.RowsOf(InteractionSchema.Table, InteractionSchema.Opportunity, _opportunity);
        var suggestions = _org.RowsOf(SuggestionSchema.Table, SuggestionSchema.Opportunity, _opportunity);
        Assert.That(interactions.Select(row => row.GetAttributeValue<OptionSetValue>(InteractionSchema.Outcome)?.Value), Has.All.EqualTo((int)outcome));
        Assert.That(suggestions.Select(row => row.GetAttributeValue<OptionSetValue>(SuggestionSchema.Outcome)?.Value), Has.All.EqualTo((int)outcome));
        Assert.That(_org.Local.Find(ContentSchema.Table, _used)!.GetAttributeValue<int>(counter), Is.EqualTo(1));
        Assert.That(_org.Local.Find(ContentSchema.Table, _ignored)!.GetAttributeValue<int>(counter), Is.Zero, "dismissed is not used");
    }

    [Test]
    public void CloseActivity_ForADealStillOpen_StampsNothing()
    {
        _org.Rep.Create(new Entity(OpportunityCloseSchema.Table) { [OpportunityCloseSchema.Opportunity] = new EntityReference(OpportunitySchema.Table, _opportunity) });
        _org.Local.DrainAsync();

        var interactions = _org.RowsOf(InteractionSchema.Table, InteractionSchema.Opportunity, _opportunity);
        Assert.That(interactions.Select(row => row.GetAttributeValue<OptionSetValue>(InteractionSchema.Outcome)), Has.All.Null);
        Assert.That(_org.Local.Find(ContentSchema.Table, _used)!.GetAttributeValue<int>(ContentSchema.WonWithCount), Is.Zero);
        Assert.That(_org.Local.Find(ContentSchema.Table, _used)!.GetAttributeValue<int>(ContentSchema.LostWithCount), Is.Zero);
    }
}
