using System;
using System.Linq;
using CrmEnablement.Plugins.Dataverse;
using CrmEnablement.Plugins.Tests.TestSupport;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Tests.Steps;

/// <summary>What a rep's clicks on the panel do to content counters and suggestion rows.</summary>
public class AggregateInteractionPluginTests
{
    private Org _org = null!;
    private Guid _opportunity;
    private Guid _insight;

    [SetUp]
    public void SetUp()
    {
        _org = new Org();
        _insight = _org.Seed(Rows.Content("AWARE-1", "Insight", phases: new[] { "Awareness" }));
        _org.Seed(Rows.Content("AWARE-2", "Case Study", phases: new[] { "Awareness" }));
        _opportunity = _org.Rep.Create(Rows.Opportunity(null, 0));
        _org.Local.DrainAsync();
    }

    [TestCase(InteractionAction.Opened, ContentSchema.OpenedCount, SuggestionStatus.Opened, 2)]
    [TestCase(InteractionAction.Copied, ContentSchema.SharedCount, SuggestionStatus.Shared, 2)]
    [TestCase(InteractionAction.Helpful, ContentSchema.HelpfulCount, SuggestionStatus.Helpful, 1)]
    [TestCase(InteractionAction.NotHelpful, ContentSchema.NotHelpfulCount, SuggestionStatus.NotHelpful, 1)]
    [TestCase(InteractionAction.Dismissed, ContentSchema.DismissedCount, SuggestionStatus.Dismissed, 2)]
    public void Create_SameInteractionTwice_CountsUseEachTimeAndARatingOnce(InteractionAction action, string counter, SuggestionStatus status, int counted)
    {
        _org.Rep.Create(Rows.Interaction(_opportunity, _insight, action));
        _org.Rep.Create(Rows.Interaction(_opportunity, _insight, action));
        _org.Local.DrainAsync();

        Assert.That(_org.Local.Find(ContentSchema.Table, _insight)!.GetAttributeValue<int>(counter), Is.EqualTo(counted));
        Assert.That(SuggestionRows.Of(_org, _opportunity)["AWARE-1"], Is.EqualTo(status));
    }

    [Test]
    public void Create_HelpfulFromTwoPeople_CountsBoth()
    {
        _org.Rep.Create(Rows.Interaction(_opportunity, _insight, InteractionAction.Helpful));
        _org.Admin.Create(Rows.Interaction(_opportunity, _insight, InteractionAction.Helpful));
        _org.Rep.Create(Rows.Interaction(_opportunity, _insight, InteractionAction.Helpful));
        _org.Local.DrainAsync();

        Assert.That(_org.Local.Find(ContentSchema.Table, _insight)!.GetAttributeValue<int>(ContentSchema.HelpfulCount), Is.EqualTo(2));
    }

    [Test]
    public void Create_OpenedAfterHelpful_KeepsHelpful()
    {
        _org.Rep.Create(Rows.Interaction(_opportunity, _insight, InteractionAction.Helpful));
        _org.Rep.Create(Rows.Interaction(_opportunity, _insight, InteractionAction.Opened));
        _org.Local.DrainAsync();

        Assert.That(SuggestionRows.Of(_org, _opportunity)["AWARE-1"], Is.EqualTo(SuggestionStatus.Helpful));
    }

    [Test]
    public void Create_Dismissed_KeepsTheItemOffTheDealForGood()
    {
        _org.Rep.Create(Rows.Interaction(_opportunity, _insight, InteractionAction.Dismissed));
        _org.Local.DrainAsync();
        _org.Rep.Create(Rows.Interaction(_opportunity, _insight, InteractionAction.Helpful));
        _org.Local.DrainAsync();

        _org.Rep.Update(new Entity(OpportunitySchema.Table, _opportunity) { [OpportunitySchema.BuyerRoles] = Rows.Options(Engine.Vocabularies.Facet.BuyerRole, "Champion") });
        _org.Local.DrainAsync();

        Assert.That(CustomApi.ContentIds(_org.Rep, _opportunity), Is.EqualTo(new[] { "AWARE-2" }));
        Assert.That(SuggestionRows.Of(_org, _opportunity)["AWARE-1"], Is.EqualTo(SuggestionStatus.Dismissed));
    }

    [Test]
    public void Create_GapReport_ChangesNoContent()
    {
        var gap = new Entity(InteractionSchema.Table)
        {
            [InteractionSchema.Opportunity] = new EntityReference(OpportunitySchema.Table, _opportunity),
            [InteractionSchema.Action] = new OptionSetValue((int)InteractionAction.Gap),
        };
        _org.Local.Writes.Reset();

        _org.Rep.Create(gap);
        _org.Local.DrainAsync();

        Assert.That(_org.Local.Writes.UpdatedIn(ContentSchema.Table), Is.Zero);
        Assert.That(_org.Local.SystemJobs.Where(job => job.ErrorMessage is not null), Is.Empty);
    }
}
