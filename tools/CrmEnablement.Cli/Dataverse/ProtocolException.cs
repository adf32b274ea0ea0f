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

    /// <summary>Creates the exception for a request the environment refused as a whole with <paramref name="status"/>.</summary>
    public ProtocolException(string message, int status)
        : base(message)
    {
        Status = status;
    }

    /// <summary>The HTTP status the whole request was refused with; null when the answer could not be read.</summary>
    public int? Status { get; }

    /// <summary>True when sending the same request again cannot help: the environment refused it (4xx).</summary>
    public bool IsRefusal => Status is >= 400 and < 500;
}
