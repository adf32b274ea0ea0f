namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A query built from objects: table, columns, filter, links, orders and paging.</summary>
public sealed class QueryExpression : QueryBase
{
    /// <summary>Creates a query of no table yet, with empty criteria, paging and column set.</summary>
    public QueryExpression()
        : this(null)
    {
    }

    /// <summary>Creates a query of <paramref name="entityName"/>, with empty criteria, paging and
    /// column set (no columns).</summary>
    public QueryExpression(string entityName)
    {
        EntityName = entityName;
        Criteria = new FilterExpression();
        PageInfo = new PagingInfo();
        ColumnSet = new ColumnSet();
        LinkEntities = new DataCollection<LinkEntity>();
        Orders = new DataCollection<OrderExpression>();
    }

    /// <summary>The columns to return.</summary>
    public ColumnSet ColumnSet { get; set; }

    /// <summary>The filter.</summary>
    public FilterExpression Criteria { get; set; }

    /// <summary>Whether duplicate rows are dropped.</summary>
    public bool Distinct { get; set; }

    /// <summary>The table queried.</summary>
    public string EntityName { get; set; }

    /// <summary>The joined tables; the list itself cannot be replaced.</summary>
    public DataCollection<LinkEntity> LinkEntities { get; private set; }

    /// <summary>Whether the query reads without shared locks.</summary>
    public bool NoLock { get; set; }

    /// <summary>The sort orders; the list itself cannot be replaced.</summary>
    public DataCollection<OrderExpression> Orders { get; private set; }

    /// <summary>Which page to return.</summary>
    public PagingInfo PageInfo { get; set; }

    /// <summary>At most this many rows; not combinable with paging.</summary>
    public int? TopCount { get; set; }

    /// <summary>Joins <paramref name="linkToEntityName"/> with an inner join and returns the link.</summary>
    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName) =>
        AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);

    /// <summary>Joins <paramref name="linkToEntityName"/> and returns the link.</summary>
    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        var link = new LinkEntity(EntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        LinkEntities.Add(link);
        return link;
    }

    /// <summary>Appends a sort order.</summary>
    public void AddOrder(string attributeName, OrderType orderType) => Orders.Add(new OrderExpression(attributeName, orderType));

    internal override void OnlyTheSdkDerives()
    {
    }
}
