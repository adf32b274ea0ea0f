using System;
using CrmEnablement.Plugins.Dataverse;
using CrmEnablement.Plugins.Tests.TestSupport;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Tests.Steps;

/// <summary>What moving a deal's business process flow to another stage does to its persisted suggestions.</summary>
public class RerankForStageMovePluginTests
{
    private const int Qualify = 0;

    private Org _org = null!;
    private Guid _opportunity;
    private Guid _process;
    private Guid _proposeStage;

    [SetUp]
    public void SetUp()
    {
        _org = new Org();
        _org.Seed(Rows.Content("AWARE-1", "Insight", phases: new[] { "Awareness" }));
        _org.Seed(Rows.Content("BUY-1", "ROI Model", phases: new[] { "Buying" }));
        var qualifyStage = _org.Seed(new Entity(RelatedSchema.ProcessStage) { [RelatedSchema.StageName] = "Qualify" });
        _proposeStage = _org.Seed(new Entity(RelatedSchema.ProcessStage) { [RelatedSchema.StageName] = "Propose" });
        _opportunity = _org.Rep.Create(Rows.Opportunity(null, Qualify));
        _process = _org.Seed(new Entity(RelatedSchema.SalesProcess)
        {
            [RelatedSchema.SalesProcessOpportunity] = new EntityReference(OpportunitySchema.Table, _opportunity),
            [RelatedSchema.ActiveStage] = new EntityReference(RelatedSchema.ProcessStage, qualifyStage),
        });
        _org.Local.DrainAsync();
    }

    [Test]
    public void Update_FlowMovesToPropose_RewritesForBuyingAndSupersedesTheRest()
    {
        Assert.That(SuggestionRows.Of(_org, _opportunity).With(SuggestionStatus.Suggested), Is.EqualTo(new[] { "AWARE-1" }), "before");

        // The rep clicks "Next stage": the flow row moves, the opportunity's salesstage stays Qualify.
        _org.Rep.Update(new Entity(RelatedSchema.SalesProcess, _process) { [RelatedSchema.ActiveStage] = new EntityReference(RelatedSchema.ProcessStage, _proposeStage) });
        _org.Local.DrainAsync();

        var rows = SuggestionRows.Of(_org, _opportunity);
        Assert.That(rows.With(SuggestionStatus.Suggested), Is.EqualTo(new[] { "BUY-1" }));
        Assert.That(rows.With(SuggestionStatus.Superseded), Is.EqualTo(new[] { "AWARE-1" }));
    }
}
