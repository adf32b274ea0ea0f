using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A join from one table of a query to another.</summary>
public sealed class LinkEntity : IExtensibleDataObject
{
    /// <summary>Creates an inner join with nothing named yet.</summary>
    public LinkEntity()
        : this(null, null, null, null, JoinOperator.Inner)
    {
    }

    /// <summary>Creates a join of <paramref name="linkToEntityName"/> onto
    /// <paramref name="linkFromEntityName"/>, with empty criteria and no columns.</summary>
    public LinkEntity(string linkFromEntityName, string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        LinkFromEntityName = linkFromEntityName;
        LinkToEntityName = linkToEntityName;
        LinkFromAttributeName = linkFromAttributeName;
        LinkToAttributeName = linkToAttributeName;
        JoinOperator = joinOperator;
        LinkCriteria = new FilterExpression();
        Columns = new ColumnSet();
        LinkEntities = new DataCollection<LinkEntity>();
        Orders = new DataCollection<OrderExpression>();
    }

    /// <summary>The column of the outer table joined on.</summary>
    public string LinkFromAttributeName { get; set; }

    /// <summary>The outer table.</summary>
    public string LinkFromEntityName { get; set; }

    /// <summary>The joined table.</summary>
    public string LinkToEntityName { get; set; }

    /// <summary>The column of the joined table joined on.</summary>
    public string LinkToAttributeName { get; set; }

    /// <summary>The kind of join.</summary>
    public JoinOperator JoinOperator { get; set; }

    /// <summary>The filter on the joined table.</summary>
    public FilterExpression LinkCriteria { get; set; }

    /// <summary>Joins from the joined table; the list itself cannot be replaced.</summary>
    public DataCollection<LinkEntity> LinkEntities { get; private set; }

    /// <summary>The joined table's columns to return (as aliased values).</summary>
    public ColumnSet Columns { get; set; }

    /// <summary>The alias of the joined table in results and conditions.</summary>
    public string EntityAlias { get; set; }

    /// <summary>Sort orders on the joined table; the list itself cannot be replaced.</summary>
    public DataCollection<OrderExpression> Orders { get; private set; }

    /// <summary>Data the serializer did not recognise, kept for round trips.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Joins a further table with an inner join and returns the link.</summary>
    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName) =>
        AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);

    /// <summary>Joins a further table and returns the link.</summary>
    public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
    {
        var link = new LinkEntity(LinkToEntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
        LinkEntities.Add(link);
        return link;
    }
}
