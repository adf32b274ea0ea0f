namespace Microsoft.Xrm.Sdk.Query;

/// <summary>A query written in FetchXML.</summary>
/// <remarks>Members from the decompiled assembly (the type itself is on Learn).</remarks>
public sealed class FetchExpression : QueryBase
{
    /// <summary>Creates an empty query.</summary>
    public FetchExpression()
    {
    }

    /// <summary>Creates a query from FetchXML text.</summary>
    public FetchExpression(string query)
    {
        Query = query;
    }

    /// <summary>The FetchXML text.</summary>
    public string Query { get; set; }

    internal override void OnlyTheSdkDerives()
    {
    }
}
