namespace Microsoft.Xrm.Sdk;

/// <summary>Whether an update or delete checks the row version first.</summary>
public enum ConcurrencyBehavior
{
    /// <summary>The message's own default.</summary>
    Default = 0,

    /// <summary>Only when the row version still matches.</summary>
    IfRowVersionMatches = 1,

    /// <summary>Whatever the row version.</summary>
    AlwaysOverwrite = 2,
}
