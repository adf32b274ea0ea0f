using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>One sort order of a query.</summary>
/// <remarks>Members from the decompiled assembly (the type itself is on Learn).</remarks>
public sealed class OrderExpression : IExtensibleDataObject
{
    /// <summary>Creates an empty order.</summary>
    public OrderExpression()
    {
    }

    /// <summary>Creates an order on a column.</summary>
    public OrderExpression(string attributeName, OrderType orderType)
        : this(attributeName, orderType, null, null)
    {
    }

    /// <summary>Creates an order on an aliased (aggregate) column.</summary>
    public OrderExpression(string attributeName, OrderType orderType, string alias)
        : this(attributeName, orderType, alias, null)
    {
    }

    /// <summary>Creates an order on a column of a linked table.</summary>
    public OrderExpression(string attributeName, OrderType orderType, string alias, string entityName)
    {
        AttributeName = attributeName;
        OrderType = orderType;
        Alias = alias;
        EntityName = entityName;
    }

    /// <summary>The column sorted on.</summary>
    public string AttributeName { get; set; }

    /// <summary>The direction.</summary>
    public OrderType OrderType { get; set; }

    /// <summary>The alias of an aggregate column sorted on.</summary>
    public string Alias { get; set; }

    /// <summary>The linked table the column belongs to.</summary>
    public string EntityName { get; set; }

    /// <summary>Data the serializer did not recognise, kept for round trips.</summary>
    public ExtensionDataObject ExtensionData { get; set; }
}
