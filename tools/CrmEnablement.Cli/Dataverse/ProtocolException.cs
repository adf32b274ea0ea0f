using System;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>The environment answered something <c>cen</c> cannot read or did not expect. Exit code 1.</summary>
public sealed class ProtocolException : Exception
{
    /// <summary>Creates the exception with a message for people.</summary>
    public ProtocolException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
