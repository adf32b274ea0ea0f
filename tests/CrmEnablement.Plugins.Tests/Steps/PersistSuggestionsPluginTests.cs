using System;
using System.Linq;
using CrmEnablement.LocalSolution;
using CrmEnablement.Plugins.Dataverse;
using CrmEnablement.Plugins.Tests.TestSupport;
using CrmEnablement.Plugins.Infrastructure;
using CrmEnablement.Plugins.Steps;
using LocalOrg.Diagnostics;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmEnablement.Plugins.Tests.Steps;

/// <summary>What a rep's saves do to the deal's suggestion rows, through the whole pipeline.</summary>
public class PersistSuggestionsPluginTests
{
    private const int Insurance = 20;
    private const int Qualify = 0;
    private const int Propose = 2;

    private Org _org = null!;
    private Guid _opportunity;

    [SetUp]
    public void SetUp()
    {
        _org = new Org();
        _org.Seed(Rows.Content("AWARE-1", "Insight", phases: new[] { "Awareness" }));
        _org.Seed(Rows.Content("AWARE-2", "Case Study", phases: new[] { "Awareness" }, industries: new[] { "Insurance" }));
        _org.Seed(Rows.Content("BUY-1", "ROI Model", phases: new[] { "Buying" }));
        _org.Seed(Rows.Content("BUY-2", "Value Message", phases: new[] { "Buying" }, roles: new[] { "Economic Buyer" }));
        _org.Seed(Rows.Content("ADOPT-1", "Adoption Guide", phases: new[] { "Implementation & Adoption" }));
        var account = _org.Seed(Rows.Account(Insurance));
        _opportunity = _org.Rep.Create(Rows.Opportunity(account, Qualify, "Economic Buyer"));
        _org.Local.DrainAsync();
    }

    [Test]
    public void Create_NewDeal_SuggestsAwarenessContent()
    {
        var rows = SuggestionRows.Of(_org, _opportunity);

        Assert.That(rows.With(SuggestionStatus.Suggested), Is.EqualTo(new[] { "AWARE-1", "AWARE-2" }));
        Assert.That(_org.Local.SystemJobs.Where(job => job.ErrorMessage is not null), Is.Empty);
    }

    [Test]
    public void Create_DealAssignedToARep_ItsSuggestionsAreReadableByThatRepOnly()
    {
        var colleague = _org.Local.AddUser("Casey Colleague", EnablementUserRole.Create());
        var assigned = Rows.Opportunity(null, Qualify);
        assigned[OpportunitySchema.Owner] = new EntityReference(RelatedSchema.SystemUser, _org.RepId);

        var deal = _org.Admin.Create(assigned);
        _org.Local.DrainAsync();

        var written = _org.RowsOf(SuggestionSchema.Table, SuggestionSchema.Opportunity, deal).Select(row => row.Id).ToArray();
        Assert.That(written, Is.Not.Empty);
        Assert.That(ReadableSuggestions(_org.Rep, deal), Is.EquivalentTo(written), "the deal's owner, not the admin who saved it");
        Assert.That(ReadableSuggestions(_org.Local.CreateService(colleague), deal), Is.Empty, "Enablement User reads suggestions at Basic depth");
    }

    [Test]
    public void Update_StageMovesToPropose_RewritesForBuyingAndSupersedesTheRest()
    {
        _org.Rep.Update(new Entity(OpportunitySchema.Table, _opportunity) { [OpportunitySchema.SalesStage] = new OptionSetValue(Propose) });
        _org.Local.DrainAsync();

        var rows = SuggestionRows.Of(_org, _opportunity);
        Assert.That(rows.With(SuggestionStatus.Suggested), Is.EqualTo(new[] { "BUY-1", "BUY-2" }));
        Assert.That(rows.With(SuggestionStatus.Superseded), Is.EqualTo(new[] { "AWARE-1", "AWARE-2" }), "never deleted");
    }

    [Test]
    public void Win_DealWon_SuggestsAdoptionContent()
    {
        _org.Rep.Execute(new OrganizationRequest("WinOpportunity")
        {
            ["OpportunityClose"] = new Entity("opportunityclose") { [OpportunitySchema.Id] = new EntityReference(OpportunitySchema.Table, _opportunity) },
            ["Status"] = new OptionSetValue(3),
        });
        _org.Local.DrainAsync();

        Assert.That(SuggestionRows.Of(_org, _opportunity).With(SuggestionStatus.Suggested), Is.EqualTo(new[] { "ADOPT-1" }));
    }

    [Test]
    public void Update_RowTheRepOpened_SurvivesARerank()
    {
        var opened = ContentId("AWARE-1");
        _org.Rep.Create(Rows.Interaction(_opportunity, opened, InteractionAction.Opened));
        _org.Local.DrainAsync();

        _org.Rep.Update(new Entity(OpportunitySchema.Table, _opportunity) { [OpportunitySchema.SalesStage] = new OptionSetValue(Propose) });
        _org.Local.DrainAsync();

        var rows = SuggestionRows.Of(_org, _opportunity);
        Assert.That(rows["AWARE-1"], Is.EqualTo(SuggestionStatus.Opened));
        Assert.That(rows["AWARE-2"], Is.EqualTo(SuggestionStatus.Superseded));
    }

    [Test]
    public void Update_NothingThatMattersChanged_WritesNothing()
    {
        _org.Local.Writes.Reset();
        _org.Local.ClearHistory();

        _org.Rep.Update(new Entity(OpportunitySchema.Table, _opportunity) { [OpportunitySchema.SalesStage] = new OptionSetValue(Qualify) });
        _org.Local.DrainAsync();

        var job = _org.Local.SystemJobs.Single(run => run.StepName.StartsWith(nameof(PersistSuggestionsPlugin), StringComparison.Ordinal));
        Assert.That(job.MessageName, Is.EqualTo(MessageNames.Update));
        Assert.That(job.Status, Is.EqualTo(SystemJobStatus.Succeeded), job.ErrorMessage);
        Assert.That(job.Execution!.ServiceCalls.Select(call => call.PrimaryEntityName), Does.Contain(SuggestionSchema.Table), "it read the deal's rows and found nothing to change");
        Assert.That(_org.Local.Writes.CreatedIn(SuggestionSchema.Table) + _org.Local.Writes.UpdatedIn(SuggestionSchema.Table), Is.Zero);
        Assert.That(_org.Local.Writes.UpdatedIn(OpportunitySchema.Table), Is.EqualTo(1), "only the rep's own save");
    }

    [Test]
    public void Update_MalformedSettings_WritesWithDefaultsAndTracesOneLineNamingTheProblem()
    {
        _org.SetSettings("{ not json");
        _org.Local.ClearHistory();

        _org.Rep.Update(new Entity(OpportunitySchema.Table, _opportunity) { [OpportunitySchema.SalesStage] = new OptionSetValue(Propose) });
        _org.Local.DrainAsync();

        Assert.That(SuggestionRows.Of(_org, _opportunity).With(SuggestionStatus.Suggested), Is.EqualTo(new[] { "BUY-1", "BUY-2" }), "the default settings");
        Assert.That(_org.Local.SystemJobs.Where(job => job.ErrorMessage is not null), Is.Empty, "never fails the rep's save");
        var complaints = _org.Local.TraceLog.Where(line => line.Message.Contains(PluginTexts.BadSettings(""))).ToList();
        Assert.That(complaints, Has.Count.EqualTo(1));
        Assert.That(complaints[0].Message, Does.Contain("not valid JSON"));
    }

    [Test]
    public void Update_RolesChange_Reranks()
    {
        _org.Rep.Update(new Entity(OpportunitySchema.Table, _opportunity) { [OpportunitySchema.SalesStage] = new OptionSetValue(Propose) });
        _org.Local.DrainAsync();
        Assert.That(SuggestionRows.Of(_org, _opportunity).With(SuggestionStatus.Suggested), Does.Contain("BUY-2"));

        _org.Rep.Update(new Entity(OpportunitySchema.Table, _opportunity) { [OpportunitySchema.BuyerRoles] = Rows.Options(Engine.Vocabularies.Facet.BuyerRole, "Technical Buyer") });
        _org.Local.DrainAsync();

        var rows = SuggestionRows.Of(_org, _opportunity);
        Assert.That(rows["BUY-2"], Is.EqualTo(SuggestionStatus.Superseded), "tagged for the Economic Buyer only");
        Assert.That(rows["BUY-1"], Is.EqualTo(SuggestionStatus.Suggested));
    }

    [Test]
    public void Update_Rerank_StampsSuggestionsRefreshedOn()
    {
        _org.Clock.Advance(TimeSpan.FromMinutes(5));

        _org.Rep.Update(new Entity(OpportunitySchema.Table, _opportunity) { [OpportunitySchema.SalesStage] = new OptionSetValue(Propose) });
        _org.Local.DrainAsync();

        var deal = _org.Local.Find(OpportunitySchema.Table, _opportunity)!;
        Assert.That(deal.GetAttributeValue<DateTime>(OpportunitySchema.SuggestionsRefreshedOn), Is.EqualTo(Org.Now.AddMinutes(5)));
    }

    private Guid ContentId(string externalId) =>
        _org.Local.Rows(ContentSchema.Table).Single(row => row.GetAttributeValue<string>(ContentSchema.ExternalId) == externalId).Id;

    private static Guid[] ReadableSuggestions(IOrganizationService service, Guid opportunityId)
    {
        var query = new QueryExpression(SuggestionSchema.Table) { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition(SuggestionSchema.Opportunity, ConditionOperator.Equal, opportunityId);
        return service.RetrieveMultiple(query).Entities.Select(row => row.Id).ToArray();
    }
}
