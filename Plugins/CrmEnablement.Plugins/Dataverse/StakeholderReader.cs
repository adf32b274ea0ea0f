using System;
using System.Collections.Generic;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Vocabularies;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmEnablement.Plugins.Dataverse;

/// <summary>
/// The deal's buying committee: active connections from the opportunity whose role is in the Stakeholder
/// category, each mapped to a buyer role by the connection role's name and by the contact's own
/// buyer-role column. One RetrieveMultiple.
/// </summary>
public static class StakeholderReader
{
    private const string RoleAlias = "role";
    private const string PersonAlias = "person";

    /// <summary>Reads the stakeholders of <paramref name="opportunityId"/>.</summary>
    public static IReadOnlyList<Stakeholder> Read(IOrganizationService service, Guid opportunityId, Vocabulary buyerRoles)
    {
        var query = new QueryExpression(RelatedSchema.Connection) { ColumnSet = new ColumnSet(false) };
        query.Criteria.AddCondition(RelatedSchema.Record1, ConditionOperator.Equal, opportunityId);
        // A deactivated connection is a former stakeholder.
        query.Criteria.AddCondition(RelatedSchema.StateCode, ConditionOperator.Equal, RelatedSchema.ActiveState);
        var role = query.AddLink(RelatedSchema.ConnectionRole, RelatedSchema.Record2Role, RelatedSchema.ConnectionRoleId, JoinOperator.Inner);
        role.EntityAlias = RoleAlias;
        role.Columns = new ColumnSet(RelatedSchema.RoleName);
        role.LinkCriteria.AddCondition(RelatedSchema.RoleCategory, ConditionOperator.Equal, RelatedSchema.StakeholderCategory);
        var person = query.AddLink(RelatedSchema.Contact, RelatedSchema.Record2, RelatedSchema.ContactId, JoinOperator.LeftOuter);
        person.EntityAlias = PersonAlias;
        person.Columns = new ColumnSet(RelatedSchema.FullName, RelatedSchema.ContactBuyerRole);

        var people = new List<Stakeholder>();
        foreach (var row in service.RetrieveMultiple(query).Entities)
        {
            var name = Aliased(row, PersonAlias, RelatedSchema.FullName) as string ?? "";
            // Only role names that are buyer roles count: the category also holds the generic
            // "Stakeholder" role, which says nothing about what content the person needs.
            if (Aliased(row, RoleAlias, RelatedSchema.RoleName) is string roleName && buyerRoles.TryGetIndex(roleName, out _))
            {
                people.Add(new Stakeholder(name, roleName));
            }

            if (Aliased(row, PersonAlias, RelatedSchema.ContactBuyerRole) is OptionSetValue contactRole)
            {
                people.Add(new Stakeholder(name, OptionLabels.Label(buyerRoles, contactRole.Value)));
            }
        }

        return people;
    }

    private static object? Aliased(Entity row, string alias, string column) =>
        row.GetAttributeValue<AliasedValue>(alias + "." + column)?.Value;
}
