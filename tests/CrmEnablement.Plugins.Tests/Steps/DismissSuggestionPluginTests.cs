using System;
using System.Linq;
using CrmEnablement.Plugins.Dataverse;
using CrmEnablement.Plugins.Tests.TestSupport;

namespace CrmEnablement.Plugins.Tests.Steps;

/// <summary>"Not for this deal" holds from the moment the rep clicks it, not from when the async queue catches up.</summary>
public class DismissSuggestionPluginTests
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

    [Test]
    public void Create_Dismissed_CustomApiLeavesTheItemOutBeforeTheQueueRuns()
    {
        Assert.That(CustomApi.ContentIds(_org.Rep, _opportunity), Does.Contain("AWARE-1"), "before");

        _org.Rep.Create(Rows.Interaction(_opportunity, _insight, InteractionAction.Dismissed));

        // The panel reloads while the aggregation job still waits in the queue.
        Assert.That(_org.Local.PendingAsyncJobs, Is.GreaterThan(0), "the async queue is not drained");
        Assert.That(CustomApi.ContentIds(_org.Rep, _opportunity), Is.EqualTo(new[] { "AWARE-2" }));
        Assert.That(SuggestionRows.Of(_org, _opportunity)["AWARE-1"], Is.EqualTo(SuggestionStatus.Dismissed));
    }

    [Test]
    public void Create_Dismissed_LeavesTheCounterToTheAsyncStep()
    {
        _org.Rep.Create(Rows.Interaction(_opportunity, _insight, InteractionAction.Dismissed));
        var before = _org.Local.Find(ContentSchema.Table, _insight)!.GetAttributeValue<int>(ContentSchema.DismissedCount);

        _org.Local.DrainAsync();

        Assert.That(before, Is.Zero);
        Assert.That(_org.Local.Find(ContentSchema.Table, _insight)!.GetAttributeValue<int>(ContentSchema.DismissedCount), Is.EqualTo(1));
        Assert.That(SuggestionRows.Of(_org, _opportunity)["AWARE-1"], Is.EqualTo(SuggestionStatus.Dismissed));
    }

    [Test]
    public void Create_DismissedItemNeverPersisted_CreatesADismissedRow()
    {
        // Content added after the deal's last persisted ranking: the rep saw it only live.
        var fresh = _org.Admin.Create(Rows.Content("AWARE-3", "Success Story", phases: new[] { "Awareness" }));
        Assert.That(CustomApi.ContentIds(_org.Rep, _opportunity), Does.Contain("AWARE-3"), "shown live");
        Assert.That(SuggestionRows.Of(_org, _opportunity), Does.Not.ContainKey("AWARE-3"), "not persisted");

        _org.Rep.Create(Rows.Interaction(_opportunity, fresh, InteractionAction.Dismissed));

        var row = _org.RowsOf(SuggestionSchema.Table, SuggestionSchema.Opportunity, _opportunity)
            .Single(suggestion => suggestion.GetAttributeValue<Microsoft.Xrm.Sdk.EntityReference>(SuggestionSchema.Content).Id == fresh);
        Assert.That(row.GetAttributeValue<Microsoft.Xrm.Sdk.OptionSetValue>(SuggestionSchema.Status).Value, Is.EqualTo((int)SuggestionStatus.Dismissed));
        Assert.That(CustomApi.ContentIds(_org.Rep, _opportunity), Does.Not.Contain("AWARE-3"));
    }

    [Test]
    public void Create_Helpful_WritesNoSuggestionRowUntilTheQueueRuns()
    {
        _org.Local.Writes.Reset();

        _org.Rep.Create(Rows.Interaction(_opportunity, _insight, InteractionAction.Helpful));

        Assert.That(_org.Local.Writes.CreatedIn(SuggestionSchema.Table) + _org.Local.Writes.UpdatedIn(SuggestionSchema.Table), Is.Zero);
        Assert.That(SuggestionRows.Of(_org, _opportunity)["AWARE-1"], Is.EqualTo(SuggestionStatus.Suggested));
    }
}
