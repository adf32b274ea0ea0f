using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>
/// The one retry policy of every Web API request: 429 and 503/504, dropped connections and
/// attempts that time out are retried, waiting what <c>Retry-After</c> asks when the answer says,
/// else <see cref="RetryBackoff"/>, and only while that wait ends within the request's budget and
/// the command's. A host name that does not resolve is not retried at all, and a connection that
/// cannot be made only a few times within a short window (<see cref="DataverseClientOptions.MaxConnectRetries"/>):
/// waiting minutes for a mistyped URL helps nobody. 401/403 and every other answer are returned as
/// they are. Retrying a whole <c>$batch</c> is safe because every write in it is an upsert: a batch
/// committed before a 503 only writes the same values again.
/// </summary>
internal static class RetryPipeline
{
    /// <summary>The key of the first attempt's timestamp in the resilience context.</summary>
    private static readonly ResiliencePropertyKey<long> StartKey = new("cen.start");

    /// <summary>The wait the budgets were checked against, handed from the retry decision to the delay.</summary>
    private static readonly ResiliencePropertyKey<TimeSpan> PlannedDelayKey = new("cen.plannedDelay");

    /// <summary>How many retries of the request followed a connection that could not be made.</summary>
    private static readonly ResiliencePropertyKey<int> ConnectRetriesKey = new("cen.connectRetries");

    /// <summary>
    /// Builds the pipeline of a command run that began at <paramref name="commandStart"/>; <paramref name="onRetry"/>
    /// is told about every retry before its wait (what failed, how long the wait is, which attempt follows).
    /// </summary>
    public static ResiliencePipeline<HttpResponseMessage> Create(DataverseClientOptions options, long commandStart, Action<OnRetryArguments<HttpResponseMessage>> onRetry)
    {
        var retry = new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = options.MaxRetries,
            ShouldHandle = args => new ValueTask<bool>(IsTransient(args.Outcome, args.Context) && TryPlanDelay(args, options, commandStart)),
            // Always the planned wait, so the wait checked against the budgets is the wait taken.
            DelayGenerator = args => new ValueTask<TimeSpan?>(args.Context.Properties.GetValue(PlannedDelayKey, options.BaseDelay)),
            OnRetry = args =>
            {
                onRetry(args);
                args.Outcome.Result?.Dispose();
                return default;
            },
        };
        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = options.TimeProvider }.AddRetry(retry).Build();
    }

    /// <summary>Starts a request's budgets on <paramref name="context"/> (pooled contexts may carry an earlier request's).</summary>
    public static void Begin(ResilienceContext context, long firstAttempt)
    {
        context.Properties.Set(StartKey, firstAttempt);
        context.Properties.Set(ConnectRetriesKey, 0);
    }

    /// <summary>True for answers and failures that a later attempt may not get.</summary>
    public static bool IsRetryable(HttpStatusCode status) =>
        status == HttpStatusCode.TooManyRequests || status == HttpStatusCode.ServiceUnavailable || status == HttpStatusCode.GatewayTimeout;

    /// <summary>How long the answer asks us to wait (<c>Retry-After</c> in seconds or as a date), if it says.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time) => WaitOf(response?.Headers.RetryAfter, time.GetUtcNow());

    /// <summary>The wait a <c>Retry-After</c> value (seconds or an HTTP date) asks for at <paramref name="now"/>, never below zero; null when there is none.</summary>
    public static TimeSpan? WaitOf(RetryConditionHeaderValue? header, DateTimeOffset now)
    {
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome, ResilienceContext context) => outcome switch
    {
        { Exception: HttpRequestException error } => TransportFailures.Classify(error) != TransportFailure.UnknownHost,
        // A connect that timed out, or an attempt that did; not the person pressing Ctrl+C.
        { Exception: OperationCanceledException } => !context.CancellationToken.IsCancellationRequested,
        { Result: { } response } => IsRetryable(response.StatusCode),
        _ => false,
    };

    /// <summary>Decides the next wait and keeps it for the delay when it ends within the budgets that apply.</summary>
    private static bool TryPlanDelay(RetryPredicateArguments<HttpResponseMessage> args, DataverseClientOptions options, long commandStart)
    {
        var time = options.TimeProvider;
        var requestStart = args.Context.Properties.GetValue(StartKey, time.GetTimestamp());
        TimeSpan wait;
        if (TransportFailures.Classify(args.Outcome.Exception) == TransportFailure.NoConnection)
        {
            var connectRetries = args.Context.Properties.GetValue(ConnectRetriesKey, 0) + 1;
            wait = RetryBackoff.Of(connectRetries, options.ConnectBaseDelay, options);
            if (connectRetries > options.MaxConnectRetries || time.GetElapsedTime(requestStart) + wait > options.ConnectRetryBudget)
            {
                return false;
            }

            args.Context.Properties.Set(ConnectRetriesKey, connectRetries);
        }
        else
        {
            wait = RetryAfter(args.Outcome.Result, time) ?? RetryBackoff.Of(args.AttemptNumber + 1, options);
        }

        if (time.GetElapsedTime(requestStart) + wait > options.RetryBudget || time.GetElapsedTime(commandStart) + wait > options.CommandBudget)
        {
            return false;
        }

        args.Context.Properties.Set(PlannedDelayKey, wait);
        return true;
    }
}
