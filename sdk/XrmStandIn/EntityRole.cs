namespace Microsoft.Xrm.Sdk;

/// <summary>Which side of a self-referential relationship a row is on.</summary>
/// <remarks>Values from the decompiled assembly.</remarks>
public enum EntityRole
{
    /// <summary>The row holds the lookup.</summary>
    Referencing = 0,

    /// <summary>The row is the one looked up.</summary>
    Referenced = 1,
}
