namespace Microsoft.Xrm.Sdk;

/// <summary>Change tracking state of a row held by a service context.</summary>
/// <remarks>Values from the decompiled assembly.</remarks>
public enum EntityState
{
    /// <summary>Not changed since it was read.</summary>
    Unchanged = 0,

    /// <summary>New, to be created.</summary>
    Created = 1,

    /// <summary>Changed, to be updated.</summary>
    Changed = 2,
}
