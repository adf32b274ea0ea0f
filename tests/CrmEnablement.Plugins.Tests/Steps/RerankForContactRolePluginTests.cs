using System;
using CrmEnablement.Engine.Vocabularies;
using CrmEnablement.Plugins.Dataverse;
using CrmEnablement.Plugins.Tests.TestSupport;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Tests.Steps;

/// <summary>What changing a stakeholder's own buyer role does to the persisted suggestions of their deals.</summary>
public class RerankForContactRolePluginTests
{
    private const int Propose = 2;

    private Org _org = null!;
    private Guid _contact;
    private Guid _opportunity;

    [SetUp]
    public void SetUp()
    {
        _org = new Org();
        _org.Seed(Rows.Content("BUY-1", "ROI Model", phases: new[] { "Buying" }));
        _org.Seed(Rows.Content("ECON-1", "Value Message", phases: new[] { "Buying" }, roles: new[] { "Economic Buyer" }));
        // The generic "Stakeholder" role names no buyer role: only the contact's own column can.
        var stakeholder = Stakeholders.Role(_org, "Stakeholder");
        _contact = Stakeholders.Contact(_org, "Priya Raman");
        _opportunity = _org.Rep.Create(Rows.Opportunity(null, Propose, "Champion"));
        _org.Seed(Stakeholders.Connection(_opportunity, _contact, stakeholder));
        _org.Local.DrainAsync();
    }

    [Test]
    public void Update_StakeholderBecomesEconomicBuyer_PersistsTheEconomicBuyerItem()
    {
        Assert.That(SuggestionRows.Of(_org, _opportunity).With(SuggestionStatus.Suggested), Is.EqualTo(new[] { "BUY-1" }), "before");

        _org.Rep.Update(new Entity(RelatedSchema.Contact, _contact) { [RelatedSchema.ContactBuyerRole] = Rows.Option(Facet.BuyerRole, "Economic Buyer") });
        _org.Local.DrainAsync();

        Assert.That(SuggestionRows.Of(_org, _opportunity).With(SuggestionStatus.Suggested), Is.EqualTo(new[] { "BUY-1", "ECON-1" }));
    }

    [Test]
    public void Update_BuyerRoleChangesOnAClosedDeal_LeavesItsRowsAlone()
    {
        _org.Rep.Execute(new OrganizationRequest("LoseOpportunity")
        {
            ["OpportunityClose"] = new Entity("opportunityclose") { [OpportunitySchema.Id] = new EntityReference(OpportunitySchema.Table, _opportunity) },
            ["Status"] = new OptionSetValue(4),
        });
        _org.Local.DrainAsync();
        _org.Local.Writes.Reset();

        _org.Rep.Update(new Entity(RelatedSchema.Contact, _contact) { [RelatedSchema.ContactBuyerRole] = Rows.Option(Facet.BuyerRole, "Economic Buyer") });
        _org.Local.DrainAsync();

        Assert.That(_org.Local.Writes.CreatedIn(SuggestionSchema.Table) + _org.Local.Writes.UpdatedIn(SuggestionSchema.Table), Is.Zero);
        Assert.That(SuggestionRows.Of(_org, _opportunity), Does.Not.ContainKey("ECON-1"));
    }
}
