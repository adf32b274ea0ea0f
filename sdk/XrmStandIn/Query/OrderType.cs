namespace Microsoft.Xrm.Sdk.Query;

/// <summary>The direction of an <see cref="OrderExpression"/>.</summary>
public enum OrderType
{
    /// <summary>Smallest first.</summary>
    Ascending = 0,

    /// <summary>Largest first.</summary>
    Descending = 1,
}
