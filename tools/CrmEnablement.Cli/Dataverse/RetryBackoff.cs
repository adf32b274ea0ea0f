using System;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>
/// The wait before a retry when the answer gives no <c>Retry-After</c>: the first delay doubled per
/// retry, jittered by ±25 %, never more than the longest delay. One formula for the request retries
/// and the import's resends, so the time budgets are checked against the wait that really follows.
/// </summary>
internal static class RetryBackoff
{
    /// <summary>The wait before retry number <paramref name="retry"/> (1 for the first).</summary>
    public static TimeSpan Of(int retry, DataverseClientOptions options) => Of(retry, options.BaseDelay, options);

    /// <summary>The wait before retry number <paramref name="retry"/> of a backoff that starts at <paramref name="firstDelay"/>.</summary>
    public static TimeSpan Of(int retry, TimeSpan firstDelay, DataverseClientOptions options)
    {
        var doubled = firstDelay.Ticks * Math.Pow(2, Math.Max(0, retry - 1));
        var jitter = 0.75 + 0.5 * (options.Randomizer ?? Random.Shared.NextDouble)();
        return TimeSpan.FromTicks((long)Math.Min(options.MaxDelay.Ticks, doubled * jitter));
    }
}
