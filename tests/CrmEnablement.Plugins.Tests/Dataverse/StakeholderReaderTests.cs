using System;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Vocabularies;
using CrmEnablement.Plugins.Dataverse;
using CrmEnablement.Plugins.Tests.TestSupport;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Tests.Dataverse;

/// <summary>
/// The deal's buying committee as the product reads it from connections, seen in the Custom API's
/// ranking: the connection role's name when it is a buyer role, and the contact's own buyer role.
/// </summary>
public class StakeholderReaderTests
{
    private const int Develop = 1;
    private const string Person = "Priya Raman";

    private Org _org = null!;
    private Guid _opportunity;

    [SetUp]
    public void SetUp()
    {
        _org = new Org();
        _org.Seed(Rows.Content("TECH-1", "Solution Brief", phases: new[] { "Buying" }, roles: new[] { "Technical Buyer" }));
        _org.Seed(Rows.Content("BUY-1", "ROI Model", phases: new[] { "Buying" }));
        _opportunity = _org.Seed(Rows.Opportunity(null, Develop));
    }

    [Test]
    public void Read_ContactBuyerRole_CountsForThePerson()
    {
        Connect("Stakeholder", Rows.Option(Facet.BuyerRole, "Technical Buyer"));

        var ranking = CustomApi.Rank(_org.Rep, _opportunity);

        Assert.That(ranking.ReasonsFor("TECH-1"), Does.Contain(RankingMessages.RoleText("Technical Buyer", new[] { Person })));
    }

    [Test]
    public void Read_ConnectionRoleNamedForABuyerRole_CountsForThePerson()
    {
        Connect("Technical Buyer", contactRole: null);

        var ranking = CustomApi.Rank(_org.Rep, _opportunity);

        Assert.That(ranking.ReasonsFor("TECH-1"), Does.Contain(RankingMessages.RoleText("Technical Buyer", new[] { Person })));
    }

    [Test]
    public void Read_GenericStakeholderRole_IsSkipped()
    {
        Connect("Stakeholder", contactRole: null);

        var ranking = CustomApi.Rank(_org.Rep, _opportunity);

        Assert.That(ranking.Warnings, Has.None.Contains("'Stakeholder'"), "not offered to the engine as an unknown buyer role");
        Assert.That(ranking.Warnings, Does.Contain(RankingMessages.NoKnownRoles));
    }

    private void Connect(string roleName, OptionSetValue? contactRole)
    {
        var role = _org.Seed(new Entity(RelatedSchema.ConnectionRole)
        {
            [RelatedSchema.RoleName] = roleName,
            [RelatedSchema.RoleCategory] = new OptionSetValue(RelatedSchema.StakeholderCategory),
        });
        var contact = new Entity(RelatedSchema.Contact) { [RelatedSchema.FullName] = Person };
        if (contactRole is not null)
        {
            contact[RelatedSchema.ContactBuyerRole] = contactRole;
        }

        _org.Seed(new Entity(RelatedSchema.Connection)
        {
            [RelatedSchema.Record1] = new EntityReference(OpportunitySchema.Table, _opportunity),
            [RelatedSchema.Record2] = new EntityReference(RelatedSchema.Contact, _org.Seed(contact)),
            [RelatedSchema.Record2Role] = new EntityReference(RelatedSchema.ConnectionRole, role),
        });
    }
}
