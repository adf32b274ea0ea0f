using System;
using CrmEnablement.Plugins.Dataverse;
using CrmEnablement.Plugins.Infrastructure;
using CrmEnablement.Plugins.Tests.TestSupport;
using LocalOrg.Diagnostics;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Tests.Steps;

/// <summary>What changing a deal's buying committee does to its persisted suggestion rows.</summary>
public class RerankForStakeholderPluginTests
{
    private const int Propose = 2;

    private Org _org = null!;
    private Guid _opportunity;
    private Guid _economicBuyer;
    private Guid _technicalBuyer;
    private Guid _contact;

    [SetUp]
    public void SetUp()
    {
        _org = new Org();
        _org.Seed(Rows.Content("BUY-1", "ROI Model", phases: new[] { "Buying" }));
        _org.Seed(Rows.Content("ECON-1", "Value Message", phases: new[] { "Buying" }, roles: new[] { "Economic Buyer" }));
        _org.Seed(Rows.Content("TECH-1", "Solution Brief", phases: new[] { "Buying" }, roles: new[] { "Technical Buyer" }));
        _economicBuyer = Stakeholders.Role(_org, "Economic Buyer");
        _technicalBuyer = Stakeholders.Role(_org, "Technical Buyer");
        _contact = Stakeholders.Contact(_org, "Priya Raman");
        // The deal knows one role already, so content for other roles is out until a stakeholder brings it in.
        _opportunity = _org.Rep.Create(Rows.Opportunity(null, Propose, "Champion"));
        _org.Local.DrainAsync();
    }

    [Test]
    public void Create_EconomicBuyerConnected_PersistsTheEconomicBuyerItem()
    {
        Assert.That(SuggestionRows.Of(_org, _opportunity).With(SuggestionStatus.Suggested), Is.EqualTo(new[] { "BUY-1" }), "before");

        _org.Rep.Create(Stakeholders.Connection(_opportunity, _contact, _economicBuyer));
        _org.Local.DrainAsync();

        Assert.That(SuggestionRows.Of(_org, _opportunity).With(SuggestionStatus.Suggested), Is.EqualTo(new[] { "BUY-1", "ECON-1" }));
    }

    [Test]
    public void Create_EconomicBuyerConnectedFromTheContactsSide_PersistsTheEconomicBuyerItem()
    {
        _org.Rep.Create(Stakeholders.ConnectionFromContact(_contact, _opportunity, _economicBuyer));
        _org.Local.DrainAsync();

        Assert.That(SuggestionRows.Of(_org, _opportunity).With(SuggestionStatus.Suggested), Is.EqualTo(new[] { "BUY-1", "ECON-1" }));
        Assert.That(_org.Local.SystemJobs, Has.All.Matches<SystemJob>(job => job.Status == SystemJobStatus.Succeeded));
    }

    [Test]
    public void Update_RoleChangedOnTheContactsSide_SupersedesTheOldRolesItemAndPersistsTheNewOne()
    {
        var connection = _org.Rep.Create(Stakeholders.ConnectionFromContact(_contact, _opportunity, _technicalBuyer));
        _org.Local.DrainAsync();
        Assert.That(SuggestionRows.Of(_org, _opportunity).With(SuggestionStatus.Suggested), Is.EqualTo(new[] { "BUY-1", "TECH-1" }), "before");

        _org.Rep.Update(new Entity(RelatedSchema.Connection, connection)
        {
            [RelatedSchema.Record1Role] = new EntityReference(RelatedSchema.ConnectionRole, _economicBuyer),
        });
        _org.Local.DrainAsync();

        var rows = SuggestionRows.Of(_org, _opportunity);
        Assert.That(rows.With(SuggestionStatus.Suggested), Is.EqualTo(new[] { "BUY-1", "ECON-1" }));
        Assert.That(rows.With(SuggestionStatus.Superseded), Is.EqualTo(new[] { "TECH-1" }));
    }

    [Test]
    public void Delete_ConnectionMadeFromTheContactsSide_SupersedesTheirItem()
    {
        var connection = _org.Rep.Create(Stakeholders.ConnectionFromContact(_contact, _opportunity, _economicBuyer));
        _org.Local.DrainAsync();

        _org.Rep.Delete(RelatedSchema.Connection, connection);
        _org.Local.DrainAsync();

        Assert.That(SuggestionRows.Of(_org, _opportunity)["ECON-1"], Is.EqualTo(SuggestionStatus.Superseded));
        Assert.That(_org.Local.Rows(RelatedSchema.Connection), Is.Empty, "the reciprocal went with it");
    }

    [Test]
    public void Update_RoleChangedFromTechnicalToEconomicBuyer_SupersedesTheTechnicalItemAndPersistsTheEconomicOne()
    {
        var connection = _org.Rep.Create(Stakeholders.Connection(_opportunity, _contact, _technicalBuyer));
        _org.Local.DrainAsync();
        Assert.That(SuggestionRows.Of(_org, _opportunity).With(SuggestionStatus.Suggested), Is.EqualTo(new[] { "BUY-1", "TECH-1" }), "before");

        _org.Rep.Update(new Entity(RelatedSchema.Connection, connection)
        {
            [RelatedSchema.Record2Role] = new EntityReference(RelatedSchema.ConnectionRole, _economicBuyer),
        });
        _org.Local.DrainAsync();

        var rows = SuggestionRows.Of(_org, _opportunity);
        Assert.That(rows.With(SuggestionStatus.Suggested), Is.EqualTo(new[] { "BUY-1", "ECON-1" }));
        Assert.That(rows.With(SuggestionStatus.Superseded), Is.EqualTo(new[] { "TECH-1" }), "never deleted");
    }

    [Test]
    public void Update_ConnectionDeactivated_SupersedesTheStakeholdersItem()
    {
        var connection = _org.Rep.Create(Stakeholders.Connection(_opportunity, _contact, _economicBuyer));
        _org.Local.DrainAsync();

        _org.Rep.Update(new Entity(RelatedSchema.Connection, connection)
        {
            [RelatedSchema.StateCode] = new OptionSetValue(1),
            ["statuscode"] = new OptionSetValue(2),
        });
        _org.Local.DrainAsync();

        Assert.That(SuggestionRows.Of(_org, _opportunity)["ECON-1"], Is.EqualTo(SuggestionStatus.Superseded));
    }

    [Test]
    public void Delete_StakeholderRemoved_SupersedesTheirItem()
    {
        var connection = _org.Rep.Create(Stakeholders.Connection(_opportunity, _contact, _economicBuyer));
        _org.Local.DrainAsync();
        Assert.That(SuggestionRows.Of(_org, _opportunity)["ECON-1"], Is.EqualTo(SuggestionStatus.Suggested), "before");

        _org.Rep.Delete(RelatedSchema.Connection, connection);
        _org.Local.DrainAsync();

        var rows = SuggestionRows.Of(_org, _opportunity);
        Assert.That(rows["ECON-1"], Is.EqualTo(SuggestionStatus.Superseded));
        Assert.That(rows["BUY-1"], Is.EqualTo(SuggestionStatus.Suggested));
    }

    [Test]
    public void Update_NothingThatMovesTheRanking_WritesNoSuggestionRows()
    {
        var connection = _org.Rep.Create(Stakeholders.Connection(_opportunity, _contact, _economicBuyer));
        _org.Local.DrainAsync();
        _org.Local.Writes.Reset();

        // Saving the same role again re-ranks to the same result.
        _org.Rep.Update(new Entity(RelatedSchema.Connection, connection)
        {
            [RelatedSchema.Record2Role] = new EntityReference(RelatedSchema.ConnectionRole, _economicBuyer),
        });
        _org.Local.DrainAsync();

        Assert.That(_org.Local.Writes.CreatedIn(SuggestionSchema.Table) + _org.Local.Writes.UpdatedIn(SuggestionSchema.Table), Is.Zero);
        Assert.That(_org.Local.SystemJobs, Has.Some.Matches<SystemJob>(job =>
            job.MessageName == MessageNames.Update && job.PrimaryEntityName == RelatedSchema.Connection && job.Status == SystemJobStatus.Succeeded), "the step ran");
    }
}
