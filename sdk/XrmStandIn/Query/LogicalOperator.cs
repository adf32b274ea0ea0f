namespace Microsoft.Xrm.Sdk.Query;

/// <summary>How a <see cref="FilterExpression"/> joins its parts.</summary>
public enum LogicalOperator
{
    /// <summary>All must hold.</summary>
    And = 0,

    /// <summary>Any must hold.</summary>
    Or = 1,
}
