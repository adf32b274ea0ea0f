namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A query of rows whose columns equal given values (all must match).</summary>
public sealed class QueryByAttribute : QueryBase
{
    /// <summary>Creates a query of no table yet, with an empty column set and paging.</summary>
    public QueryByAttribute()
    {
        Attributes = new DataCollection<string>();
        Values = new DataCollection<object>();
        Orders = new DataCollection<OrderExpression>();
        ColumnSet = new ColumnSet();
        PageInfo = new PagingInfo();
    }

    /// <summary>Creates a query of <paramref name="entityName"/>.</summary>
    /// <remarks>As in the real SDK this constructor leaves <see cref="ColumnSet"/> and
    /// <see cref="PageInfo"/> null.</remarks>
    public QueryByAttribute(string entityName)
    {
        EntityName = entityName;
        Attributes = new DataCollection<string>();
        Values = new DataCollection<object>();
        Orders = new DataCollection<OrderExpression>();
    }

    /// <summary>The columns compared, in step with <see cref="Values"/>.</summary>
    public DataCollection<string> Attributes { get; private set; }

    /// <summary>The values compared, in step with <see cref="Attributes"/>.</summary>
    public DataCollection<object> Values { get; private set; }

    /// <summary>The columns to return.</summary>
    public ColumnSet ColumnSet { get; set; }

    /// <summary>The table queried.</summary>
    public string EntityName { get; set; }

    /// <summary>The sort orders; the list itself cannot be replaced.</summary>
    public DataCollection<OrderExpression> Orders { get; private set; }

    /// <summary>Which page to return.</summary>
    public PagingInfo PageInfo { get; set; }

    /// <summary>At most this many rows.</summary>
    public int? TopCount { get; set; }

    /// <summary>Adds a column and the value it must equal.</summary>
    public void AddAttributeValue(string attributeName, object value)
    {
        Attributes.Add(attributeName);
        Values.Add(value);
    }

    /// <summary>Appends a sort order.</summary>
    public void AddOrder(string attributeName, OrderType orderType) => Orders.Add(new OrderExpression(attributeName, orderType));

    internal override void OnlyTheSdkDerives()
    {
    }
}
