using System;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Infrastructure;

/// <summary>
/// Stamps every trace line with the milliseconds since the previous one, so a slow step in the
/// trace log shows where its time went. Elapsed time, not wall-clock time, so no clock is needed.
/// </summary>
public sealed class ElapsedTracer : ITracingService
{
    private readonly ITracingService _inner;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private long _previous;

    /// <summary>Wraps the platform's tracing service.</summary>
    public ElapsedTracer(ITracingService inner)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
    }

    /// <inheritdoc />
    public void Trace(string format, params object[] args)
    {
        var now = _watch.ElapsedMilliseconds;
        var text = args is null || args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
        _inner.Trace("[+{0}ms] {1}", now - _previous, text);
        _previous = now;
    }
}
