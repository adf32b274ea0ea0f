using System;
using System.Collections.Concurrent;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CrmEnablement.Cli.Dataverse;

namespace CrmEnablement.Cli.Tests.TestSupport;

/// <summary>
/// The real transport with scripted connection failures in front: the first requests fail with
/// the given exceptions, in order, without touching the network; the rest go through.
/// </summary>
internal sealed class ScriptedTransport : DelegatingHandler
{
    private readonly ConcurrentQueue<Exception> _failures;
    private int _attempts;

    public ScriptedTransport(params Exception[] failures)
        : base(DataverseConnector.CreateTransport())
    {
        _failures = new ConcurrentQueue<Exception>(failures);
    }

    /// <summary>Requests the client tried to send, failed ones included.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _attempts);
        return _failures.TryDequeue(out var failure) ? Task.FromException<HttpResponseMessage>(failure) : base.SendAsync(request, cancellationToken);
    }
}
