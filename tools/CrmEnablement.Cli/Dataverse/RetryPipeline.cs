using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>
/// The one retry policy of every Web API request: 429 and 503/504, dropped connections and
/// attempts that time out are retried, waiting what <c>Retry-After</c> asks when the answer says,
/// else a jittered exponential backoff, and never past the time budget. 401/403 and every other
/// answer are returned as they are. Retrying a whole <c>$batch</c> is safe because every write in
/// it is an upsert: a batch committed before a 503 only writes the same values again.
/// </summary>
internal static class RetryPipeline
{
    /// <summary>The key of the first attempt's timestamp in the resilience context.</summary>
    public static readonly ResiliencePropertyKey<long> StartKey = new("cen.start");

    /// <summary>Builds the pipeline; <paramref name="onRetry"/> is told about every retry.</summary>
    public static ResiliencePipeline<HttpResponseMessage> Create(DataverseClientOptions options, Action onRetry)
    {
        var time = options.TimeProvider;
        var retry = new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = options.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.BaseDelay,
            MaxDelay = options.MaxDelay,
            ShouldHandle = args => new ValueTask<bool>(IsTransient(args.Outcome, args.Context) && WithinBudget(args, options)),
            DelayGenerator = args => new ValueTask<TimeSpan?>(RetryAfter(args.Outcome.Result, time)),
            OnRetry = args =>
            {
                onRetry();
                args.Outcome.Result?.Dispose();
                return default;
            },
        };
        if (options.Randomizer is { } randomizer)
        {
            retry.Randomizer = randomizer;
        }

        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }.AddRetry(retry).Build();
    }

    /// <summary>True for answers and failures that a later attempt may not get.</summary>
    public static bool IsRetryable(HttpStatusCode status) =>
        status == HttpStatusCode.TooManyRequests || status == HttpStatusCode.ServiceUnavailable || status == HttpStatusCode.GatewayTimeout;

    /// <summary>How long the answer asks us to wait (<c>Retry-After</c> in seconds or as a date), if it says.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome, ResilienceContext context) => outcome switch
    {
        { Exception: HttpRequestException } => true,
        // An attempt that timed out, not the person pressing Ctrl+C.
        { Exception: OperationCanceledException } => !context.CancellationToken.IsCancellationRequested,
        { Result: { } response } => IsRetryable(response.StatusCode),
        _ => false,
    };

    private static bool WithinBudget(RetryPredicateArguments<HttpResponseMessage> args, DataverseClientOptions options)
    {
        var start = args.Context.Properties.GetValue(StartKey, options.TimeProvider.GetTimestamp());
        var elapsed = options.TimeProvider.GetElapsedTime(start);
        var wait = RetryAfter(args.Outcome.Result, options.TimeProvider) ?? options.BaseDelay;
        return elapsed + wait <= options.RetryBudget;
    }
}
