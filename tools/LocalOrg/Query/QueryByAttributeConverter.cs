using LocalOrg.Faults;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Query;

/// <summary>A QueryByAttribute is a QueryExpression whose criteria are all Equal, joined by And.</summary>
internal static class QueryByAttributeConverter
{
    internal static QueryExpression Convert(QueryByAttribute query, FaultFactory faults)
    {
        if (query.Attributes.Count == 0 || query.Attributes.Count != query.Values.Count)
        {
            throw faults.Create(ErrorCodes.InvalidArgument, FaultMessages.QueryByAttributeMismatch);
        }

        var expression = new QueryExpression(query.EntityName)
        {
            ColumnSet = query.ColumnSet ?? new ColumnSet(),
            TopCount = query.TopCount,
            PageInfo = query.PageInfo ?? new PagingInfo(),
        };
        for (var i = 0; i < query.Attributes.Count; i++)
        {
            expression.Criteria.AddCondition(new ConditionExpression(query.Attributes[i], ConditionOperator.Equal, query.Values[i]));
        }

        foreach (var order in query.Orders)
        {
            expression.Orders.Add(order);
        }

        return expression;
    }
}
