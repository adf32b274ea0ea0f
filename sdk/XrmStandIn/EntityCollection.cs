using System.Collections.Generic;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>One page of rows returned by a query, with its paging state.</summary>
public sealed class EntityCollection : IExtensibleDataObject
{
    /// <summary>Creates an empty page.</summary>
    public EntityCollection()
    {
        Entities = new DataCollection<Entity>();
    }

    /// <summary>Creates a page holding a copy of <paramref name="list"/>.</summary>
    public EntityCollection(IList<Entity> list)
    {
        Entities = new DataCollection<Entity>(list);
    }

    /// <summary>The rows; the list itself cannot be replaced.</summary>
    public DataCollection<Entity> Entities { get; private set; }

    /// <summary>The table the rows belong to.</summary>
    public string EntityName { get; set; }

    /// <summary>Data the serializer did not recognise, kept for round trips.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>The row at <paramref name="index"/>.</summary>
    public Entity this[int index]
    {
        get => Entities[index];
        set => Entities[index] = value;
    }

    /// <summary>The lowest active row version, for change tracking.</summary>
    public string MinActiveRowVersion { get; set; }

    /// <summary>Whether more pages follow.</summary>
    public bool MoreRecords { get; set; }

    /// <summary>The cookie to pass to get the next page.</summary>
    public string PagingCookie { get; set; }

    /// <summary>The total row count, when asked for (capped by the server).</summary>
    public int TotalRecordCount { get; set; }

    /// <summary>Whether the total exceeded the server's cap.</summary>
    public bool TotalRecordCountLimitExceeded { get; set; }
}
