using System;
using CrmEnablement.Engine.Vocabularies;
using CrmEnablement.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Tests.TestSupport;

/// <summary>A deal's buying committee as Dataverse holds it: connection roles, contacts and connections.</summary>
internal static class Stakeholders
{
    /// <summary>Seeds a connection role in the Stakeholder category (e.g. "Economic Buyer", or the generic "Stakeholder").</summary>
    public static Guid Role(Org org, string name) => org.Seed(new Entity(RelatedSchema.ConnectionRole)
    {
        [RelatedSchema.RoleName] = name,
        [RelatedSchema.RoleCategory] = new OptionSetValue(RelatedSchema.StakeholderCategory),
    });

    /// <summary>Seeds a contact, with a buyer role of their own when given.</summary>
    public static Guid Contact(Org org, string fullName, string? buyerRole = null)
    {
        var contact = new Entity(RelatedSchema.Contact) { [RelatedSchema.FullName] = fullName };
        if (buyerRole is not null)
        {
            contact[RelatedSchema.ContactBuyerRole] = Rows.Option(Facet.BuyerRole, buyerRole);
        }

        return org.Seed(contact);
    }

    /// <summary>A connection from the deal to the contact in <paramref name="roleId"/>, as the opportunity form's Stakeholders grid adds it.</summary>
    public static Entity Connection(Guid opportunityId, Guid contactId, Guid roleId) => new(RelatedSchema.Connection)
    {
        [RelatedSchema.Record1] = new EntityReference(OpportunitySchema.Table, opportunityId),
        [RelatedSchema.Record2] = new EntityReference(RelatedSchema.Contact, contactId),
        [RelatedSchema.Record2Role] = new EntityReference(RelatedSchema.ConnectionRole, roleId),
    };

    /// <summary>
    /// The same stakeholder connected from the contact's form: record1 is the contact, in
    /// <paramref name="roleId"/> (its "Role (From)"), and record2 the deal. The deal sees it through the
    /// reciprocal the platform keeps, whose record2roleid is that role.
    /// </summary>
    public static Entity ConnectionFromContact(Guid contactId, Guid opportunityId, Guid roleId) => new(RelatedSchema.Connection)
    {
        [RelatedSchema.Record1] = new EntityReference(RelatedSchema.Contact, contactId),
        [RelatedSchema.Record1Role] = new EntityReference(RelatedSchema.ConnectionRole, roleId),
        [RelatedSchema.Record2] = new EntityReference(OpportunitySchema.Table, opportunityId),
    };
}
