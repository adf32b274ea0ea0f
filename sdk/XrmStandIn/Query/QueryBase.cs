using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Base of the three query kinds: <see cref="QueryExpression"/>,
/// <see cref="QueryByAttribute"/> and <see cref="FetchExpression"/>.</summary>
public abstract class QueryBase : IExtensibleDataObject
{
    /// <summary>Creates the query.</summary>
    protected QueryBase()
    {
    }

    /// <summary>Data the serializer did not recognise, kept for round trips.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>The real QueryBase has an internal abstract member, so no type outside
    /// Microsoft.Xrm.Sdk can derive from it; this one keeps that rule without copying its
    /// internal visitor.</summary>
    internal abstract void OnlyTheSdkDerives();
}
