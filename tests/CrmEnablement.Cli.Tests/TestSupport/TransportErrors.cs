using System;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading.Tasks;

namespace CrmEnablement.Cli.Tests.TestSupport;

/// <summary>The exceptions <see cref="SocketsHttpHandler"/> throws when it cannot connect, built the way it builds them.</summary>
internal static class TransportErrors
{
    /// <summary>
    /// A host name that DNS cannot resolve: HostNotFound (no such name), NoData (no address for it) or
    /// TryAgain (no answer from DNS). The handler calls the first and last a NameResolutionError.
    /// </summary>
    public static HttpRequestException NameResolution(string host, SocketError error = SocketError.HostNotFound) =>
        new(error is SocketError.HostNotFound or SocketError.TryAgain ? HttpRequestError.NameResolutionError : HttpRequestError.ConnectionError,
            $"{new SocketException((int)error).Message} ({host}:443)", new SocketException((int)error));

    /// <summary>Nothing listens on the port.</summary>
    public static HttpRequestException Refused(string host) =>
        new(HttpRequestError.ConnectionError, $"Connection refused ({host}:443)", new SocketException((int)SocketError.ConnectionRefused));

    /// <summary>No connection within the handler's ConnectTimeout (packets dropped on the way).</summary>
    public static OperationCanceledException ConnectTimeout() =>
        new TaskCanceledException("The operation was canceled.", new TimeoutException("A connection could not be established within the configured ConnectTimeout."));
}
