using System;
using System.Net.Http;
using System.Net.Sockets;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>Tells the <see cref="TransportFailure"/> of an exception from <see cref="SocketsHttpHandler"/>.</summary>
internal static class TransportFailures
{
    /// <summary>The kind of failure <paramref name="error"/> is.</summary>
    public static TransportFailure Classify(Exception? error) => error switch
    {
        HttpRequestException http => Classify(http),
        // SocketsHttpHandler's ConnectTimeout; the attempt's own limit cancels without a TimeoutException
        // (HttpClient.Timeout, which would add one, is infinite here).
        OperationCanceledException { InnerException: TimeoutException } => TransportFailure.NoConnection,
        _ => TransportFailure.None,
    };

    /// <summary>
    /// True when the host name could not be looked up, for good (<see cref="TransportFailure.UnknownHost"/>)
    /// or after DNS said to try again: either way the message is about the name, not the connection.
    /// </summary>
    public static bool IsNameResolution(Exception error) =>
        error is HttpRequestException http && (http.HttpRequestError == HttpRequestError.NameResolutionError || Classify(http) == TransportFailure.UnknownHost);

    /// <summary>What to show of <paramref name="error"/>, e.g. "Connection refused (127.0.0.1:9)".</summary>
    public static string Reason(Exception error) => error switch
    {
        // "The SSL connection could not be established, see inner exception": the inner one says why.
        HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError, InnerException: { } inner } => inner.Message,
        OperationCanceledException { InnerException: TimeoutException timeout } => timeout.Message,
        _ => error.Message,
    };

    private static TransportFailure Classify(HttpRequestException error)
    {
        // NameResolutionError covers both "no such host" and "try again": only the first is final.
        // TryAgain is the resolver saying it got no answer (no network, DNS server down), so it is
        // retried briefly, like a refused connection. NoData: the name exists but has no address.
        switch (SocketErrorOf(error))
        {
            case SocketError.HostNotFound:
            case SocketError.NoData:
                return TransportFailure.UnknownHost;
            case SocketError.TryAgain:
                return TransportFailure.NoConnection;
        }

        return error.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => TransportFailure.UnknownHost,
            HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError => TransportFailure.NoConnection,
            _ => TransportFailure.Dropped,
        };
    }

    private static SocketError? SocketErrorOf(Exception error)
    {
        for (var current = error.InnerException; current is not null; current = current.InnerException)
        {
            if (current is SocketException socket)
            {
                return socket.SocketErrorCode;
            }
        }

        return null;
    }
}
