namespace CrmEnablement.Cli.Dataverse;

/// <summary>How a request failed without an answer; the retry policy treats each kind apart.</summary>
internal enum TransportFailure
{
    /// <summary>Not a failure of the transport: an answer, the attempt's own time limit, or anything else.</summary>
    None,

    /// <summary>The host name does not exist (or has no address): no later attempt can succeed.</summary>
    UnknownHost,

    /// <summary>
    /// No connection was made: refused, network or host unreachable, TLS or proxy tunnel failed,
    /// the connect timed out, or DNS said to try again. Nothing was sent, so nothing was carried out.
    /// </summary>
    NoConnection,

    /// <summary>A connection was made and broke off: the request may have been carried out.</summary>
    Dropped,
}
