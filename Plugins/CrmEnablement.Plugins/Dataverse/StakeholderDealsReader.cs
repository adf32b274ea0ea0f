using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmEnablement.Plugins.Dataverse;

/// <summary>
/// The open deals a contact is a stakeholder of: active connections from an open opportunity to
/// the contact in a Stakeholder-category role, the same rows <see cref="StakeholderReader"/> reads
/// from the deal's side. One RetrieveMultiple.
/// </summary>
public static class StakeholderDealsReader
{
    private const string DealAlias = "deal";

    /// <summary>The ids of the open opportunities where <paramref name="contactId"/> is a stakeholder.</summary>
    public static IReadOnlyList<Guid> OpenDealsOf(IOrganizationService service, Guid contactId)
    {
        var query = new QueryExpression(RelatedSchema.Connection) { ColumnSet = new ColumnSet(RelatedSchema.Record1) };
        query.Criteria.AddCondition(RelatedSchema.Record2, ConditionOperator.Equal, contactId);
        query.Criteria.AddCondition(RelatedSchema.StateCode, ConditionOperator.Equal, RelatedSchema.ActiveState);
        var role = query.AddLink(RelatedSchema.ConnectionRole, RelatedSchema.Record2Role, RelatedSchema.ConnectionRoleId, JoinOperator.Inner);
        role.Columns = new ColumnSet(false);
        role.LinkCriteria.AddCondition(RelatedSchema.RoleCategory, ConditionOperator.Equal, RelatedSchema.StakeholderCategory);
        var deal = query.AddLink(OpportunitySchema.Table, RelatedSchema.Record1, OpportunitySchema.Id, JoinOperator.Inner);
        deal.EntityAlias = DealAlias;
        deal.Columns = new ColumnSet(false);
        deal.LinkCriteria.AddCondition(OpportunitySchema.StateCode, ConditionOperator.Equal, OpportunitySchema.OpenState);

        return service.RetrieveMultiple(query).Entities
            .Select(row => row.GetAttributeValue<EntityReference>(RelatedSchema.Record1))
            .Where(reference => reference is not null)
            .Select(reference => reference!.Id)
            .Distinct()
            .ToArray();
    }
}
