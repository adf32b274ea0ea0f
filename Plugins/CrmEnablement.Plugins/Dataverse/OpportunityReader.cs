using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmEnablement.Plugins.Dataverse;

/// <summary>
/// Reads an opportunity with everything ranking and writing need from around it in one
/// RetrieveMultiple: its owner (who will own its suggestion rows), outer joins to its accounts
/// (industry), its active business-process stage and its dismissed suggestions. The query runs as
/// the calling user, so a deal they cannot read is "not found".
/// </summary>
public static class OpportunityReader
{
    private const string ParentAlias = "parent";
    private const string CustomerAlias = "customer";
    private const string ProcessAlias = "process";
    private const string StageAlias = "stage";
    private const string DismissedAlias = "dismissed";

    /// <summary>The opportunity, or null when it does not exist or the user cannot read it.</summary>
    public static OpportunityRow? Read(IOrganizationService service, Guid opportunityId)
    {
        var query = new QueryExpression(OpportunitySchema.Table)
        {
            ColumnSet = new ColumnSet(OpportunitySchema.Name, OpportunitySchema.Owner, OpportunitySchema.SalesStage, OpportunitySchema.StateCode,
                OpportunitySchema.JourneyPhase, OpportunitySchema.BuyerRoles, OpportunitySchema.Challenges, OpportunitySchema.Language),
        };
        query.Criteria.AddCondition(OpportunitySchema.Id, ConditionOperator.Equal, opportunityId);
        AddAccount(query, OpportunitySchema.ParentAccount, ParentAlias);
        AddAccount(query, OpportunitySchema.Customer, CustomerAlias);

        var process = query.AddLink(RelatedSchema.SalesProcess, OpportunitySchema.Id, RelatedSchema.SalesProcessOpportunity, JoinOperator.LeftOuter);
        process.EntityAlias = ProcessAlias;
        process.Columns = new ColumnSet(false);
        process.LinkCriteria.AddCondition(OpportunitySchema.StateCode, ConditionOperator.Equal, 0);
        var stage = process.AddLink(RelatedSchema.ProcessStage, RelatedSchema.ActiveStage, RelatedSchema.ProcessStageId, JoinOperator.LeftOuter);
        stage.EntityAlias = StageAlias;
        stage.Columns = new ColumnSet(RelatedSchema.StageName);

        var dismissed = query.AddLink(SuggestionSchema.Table, OpportunitySchema.Id, SuggestionSchema.Opportunity, JoinOperator.LeftOuter);
        dismissed.EntityAlias = DismissedAlias;
        dismissed.Columns = new ColumnSet(SuggestionSchema.Content);
        dismissed.LinkCriteria.AddCondition(SuggestionSchema.Status, ConditionOperator.Equal, (int)SuggestionStatus.Dismissed);

        var rows = service.RetrieveMultiple(query).Entities;
        if (rows.Count == 0)
        {
            return null;
        }

        var first = rows[0];
        return new OpportunityRow
        {
            Id = opportunityId,
            Name = first.GetAttributeValue<string>(OpportunitySchema.Name) ?? "",
            Owner = first.GetAttributeValue<EntityReference>(OpportunitySchema.Owner),
            SalesStage = first.GetAttributeValue<OptionSetValue>(OpportunitySchema.SalesStage),
            State = first.GetAttributeValue<OptionSetValue>(OpportunitySchema.StateCode)?.Value ?? OpportunitySchema.OpenState,
            PhaseOverride = first.GetAttributeValue<OptionSetValue>(OpportunitySchema.JourneyPhase),
            BuyerRoles = first.GetAttributeValue<OptionSetValueCollection>(OpportunitySchema.BuyerRoles),
            Challenges = first.GetAttributeValue<OptionSetValueCollection>(OpportunitySchema.Challenges),
            Language = first.GetAttributeValue<string>(OpportunitySchema.Language),
            IndustryCode = Aliased<OptionSetValue>(first, ParentAlias, RelatedSchema.IndustryCode)?.Value
                ?? Aliased<OptionSetValue>(first, CustomerAlias, RelatedSchema.IndustryCode)?.Value,
            ProcessStageName = Aliased<string>(first, StageAlias, RelatedSchema.StageName),
            DismissedContent = rows
                .Select(row => Aliased<EntityReference>(row, DismissedAlias, SuggestionSchema.Content))
                .Where(reference => reference is not null)
                .Select(reference => reference!.Id)
                .Distinct()
                .ToArray(),
        };
    }

    private static void AddAccount(QueryExpression query, string lookup, string alias)
    {
        var account = query.AddLink(RelatedSchema.Account, lookup, RelatedSchema.AccountId, JoinOperator.LeftOuter);
        account.EntityAlias = alias;
        account.Columns = new ColumnSet(RelatedSchema.IndustryCode);
    }

    private static T? Aliased<T>(Entity row, string alias, string column)
        where T : class =>
        row.GetAttributeValue<AliasedValue>(alias + "." + column)?.Value as T;
}
