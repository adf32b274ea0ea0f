using System;
using CrmEnablement.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Tests.Dataverse;

/// <summary>Which deals a connection row links, whichever side the deal is on.</summary>
public class ConnectionEndsTests
{
    private static readonly Guid Deal = Guid.Parse("0a000000-0000-0000-0000-000000000001");
    private static readonly Guid OtherDeal = Guid.Parse("0a000000-0000-0000-0000-000000000002");
    private static readonly Guid Person = Guid.Parse("0c000000-0000-0000-0000-000000000001");

    [Test]
    public void Opportunities_DealOnRecord2_IsFound()
    {
        var reciprocal = Connection(new EntityReference(RelatedSchema.Contact, Person), new EntityReference(OpportunitySchema.Table, Deal));

        Assert.That(ConnectionEnds.Opportunities(reciprocal), Is.EqualTo(new[] { Deal }));
    }

    [Test]
    public void Opportunities_BeforeAndAfterAMove_BothDealsOnceEach()
    {
        var before = Connection(new EntityReference(OpportunitySchema.Table, Deal), new EntityReference(RelatedSchema.Contact, Person));
        var after = Connection(new EntityReference(OpportunitySchema.Table, OtherDeal), new EntityReference(RelatedSchema.Contact, Person));

        Assert.That(ConnectionEnds.Opportunities(before, null, after, before), Is.EqualTo(new[] { Deal, OtherDeal }));
    }

    [Test]
    public void Opportunities_NoDealOnEitherSide_IsEmpty()
    {
        var accountToContact = Connection(new EntityReference(RelatedSchema.Account, Guid.NewGuid()), new EntityReference(RelatedSchema.Contact, Person));

        Assert.That(ConnectionEnds.Opportunities(accountToContact, new Entity(RelatedSchema.Connection)), Is.Empty);
    }

    private static Entity Connection(EntityReference record1, EntityReference record2) => new(RelatedSchema.Connection)
    {
        [RelatedSchema.Record1] = record1,
        [RelatedSchema.Record2] = record2,
    };
}
