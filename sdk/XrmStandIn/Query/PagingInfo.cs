using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Which page of a query to return.</summary>
public sealed class PagingInfo : IExtensibleDataObject
{
    /// <summary>Rows per page; 0 means the server's default.</summary>
    public int Count { get; set; }

    /// <summary>The page to return, from 1.</summary>
    public int PageNumber { get; set; }

    /// <summary>The cookie returned with the previous page.</summary>
    public string PagingCookie { get; set; }

    /// <summary>Whether to return the total row count.</summary>
    public bool ReturnTotalRecordCount { get; set; }

    /// <summary>Data the serializer did not recognise, kept for round trips.</summary>
    public ExtensionDataObject ExtensionData { get; set; }
}
