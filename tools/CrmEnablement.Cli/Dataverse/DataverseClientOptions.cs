using System;
using Microsoft.Identity.Client;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>How patient and how parallel the Web API client is; tests shorten the waits and keep sign-in off the network.</summary>
internal sealed record DataverseClientOptions
{
    /// <summary>Where retry delays and the budget's clock come from; tests pass one that never really sleeps.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>A request is not retried when its next wait would end more than this long after its first attempt.</summary>
    public TimeSpan RetryBudget { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// No request of a command run is retried when the wait would end more than this long after the
    /// run connected: an environment still throttled by then is exit 4, however many requests were left.
    /// </summary>
    public TimeSpan CommandBudget { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>The most retries of one request.</summary>
    public int MaxRetries { get; init; } = 10;

    /// <summary>
    /// The most retries of one request when no connection could be made (refused, unreachable, connect
    /// timed out): a few quick ones ride out a blip, but a front door that refuses is rarely back soon.
    /// </summary>
    public int MaxConnectRetries { get; init; } = 3;

    /// <summary>
    /// A request whose connection failed is not retried when the wait would end more than this long
    /// after its first attempt (so a connect that timed out after 30 s is not retried at all).
    /// </summary>
    public TimeSpan ConnectRetryBudget { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The first backoff delay after a failed connection; doubles with jitter (1, 2, 4 s: about 7 s in all).</summary>
    public TimeSpan ConnectBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>One attempt's limit; Dataverse itself stops an operation after two minutes.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The first backoff delay when the answer gives no Retry-After; doubles with jitter.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest backoff delay when the answer gives no Retry-After.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The upper bound on parallel requests, whatever <c>x-ms-dop-hint</c> says.</summary>
    public int MaxParallelism { get; init; } = 8;

    /// <summary>Random numbers in [0, 1) for jitter; null for a shared random source.</summary>
    public Func<double>? Randomizer { get; init; }

    /// <summary>Where MSAL sends its sign-in requests; null for its own client. Tests pass one that never reaches Entra.</summary>
    public IMsalHttpClientFactory? SignInHttp { get; init; }
}
