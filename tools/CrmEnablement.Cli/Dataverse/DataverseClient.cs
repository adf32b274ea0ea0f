using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>
/// The Dataverse Web API over one <see cref="HttpClient"/>: OData headers, a bearer token per request,
/// the retry pipeline, request and retry counts, and the server's hint for parallel requests.
/// Every wait before a retry is announced in one line on <see cref="Notices"/>, so nothing waits
/// silently. Sign-in and reachability failures become <see cref="EnvironmentException"/> (exit code 4).
/// </summary>
internal sealed class DataverseClient : IDisposable
{
    /// <summary>The Web API path under the environment URL.</summary>
    public const string ApiPath = "api/data/v9.2/";

    /// <summary>The response header with the server's recommended degree of parallelism.</summary>
    public const string DopHintHeader = "x-ms-dop-hint";

    private readonly HttpClient _http;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly DataverseClientOptions _options;
    private int _requests;
    private int _retries;
    private int _uncertainRetries;
    private int _parallelism = 1;

    /// <summary>A client whose requests go through <paramref name="handler"/> (which adds the token).</summary>
    /// <param name="environmentUrl">The environment's base URL.</param>
    /// <param name="handler">The transport, behind the handler that adds the token.</param>
    /// <param name="options">Retry timing and parallelism.</param>
    /// <param name="notices">Where waits before retries are announced (standard error); null for nowhere.</param>
    public DataverseClient(Uri environmentUrl, HttpMessageHandler handler, DataverseClientOptions options, TextWriter? notices = null)
    {
        Notices = notices ?? TextWriter.Null;
        EnvironmentUrl = environmentUrl;
        ApiBase = new Uri(environmentUrl, ApiPath);
        _options = options;
        _http = new HttpClient(handler) { BaseAddress = ApiBase, Timeout = Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.Add("OData-MaxVersion", "4.0");
        _http.DefaultRequestHeaders.Add("OData-Version", "4.0");
        _http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        // One client per command run, so its creation starts the command's retry budget.
        _pipeline = RetryPipeline.Create(options, options.TimeProvider.GetTimestamp(), OnRetry);
    }

    /// <summary>
    /// Where each wait before a retry is announced, one line each: standard error, or above the
    /// progress bar while one is drawn there (a plain line would be drawn over).
    /// </summary>
    public TextWriter Notices { get; set; }

    /// <summary>The environment's base URL.</summary>
    public Uri EnvironmentUrl { get; }

    /// <summary><see cref="EnvironmentUrl"/> + <see cref="ApiPath"/>.</summary>
    public Uri ApiBase { get; }

    /// <summary>HTTP requests sent, retries included.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Requests that were retries.</summary>
    public int Retries => Volatile.Read(ref _retries);

    /// <summary>Retries of requests whose failed try may have been carried out (answered 5xx or dropped, not 429).</summary>
    public int UncertainRetries => Volatile.Read(ref _uncertainRetries);

    /// <summary>How many requests to run at once: the last <c>x-ms-dop-hint</c>, bounded; 1 before any answer.</summary>
    public int DegreeOfParallelism => Volatile.Read(ref _parallelism);

    /// <summary>Now, on the clock the retries use.</summary>
    public DateTimeOffset UtcNow => _options.TimeProvider.GetUtcNow();

    /// <summary>
    /// Waits before operations that a batch answered 429/5xx one by one are sent again: what their
    /// <c>Retry-After</c> asks, else the backoff of retry <paramref name="round"/> (doubling from the
    /// first delay, jittered, at most the longest). Ctrl+C ends the wait.
    /// </summary>
    public Task PauseBeforeResendAsync(TimeSpan? retryAfter, int round, CancellationToken cancellationToken)
    {
        var wait = retryAfter ?? RetryBackoff.Of(round, _options);
        Notices.WriteLine(CliMessages.ResendingRows(EnvironmentUrl.Authority, wait, round + 1));
        return wait <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wait, _options.TimeProvider, cancellationToken);
    }

    /// <summary>
    /// Sends the request <paramref name="create"/> makes (once per attempt), retrying transient failures.
    /// A request in flight is never abandoned on <paramref name="cancellationToken"/>; only waits are.
    /// </summary>
    /// <returns>The final answer; the caller checks its status.</returns>
    /// <exception cref="EnvironmentException">401, 403, unreachable, or still throttled/unavailable when the request's or the command's budget ran out.</exception>
    public async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> create, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        RetryPipeline.Begin(context, _options.TimeProvider.GetTimestamp());
        HttpResponseMessage response;
        try
        {
            response = await _pipeline.ExecuteAsync(static (ctx, state) => state.Client.SendOnceAsync(state.Create), context, (Client: this, Create: create)).ConfigureAwait(false);
        }
        catch (HttpRequestException error) when (TransportFailures.IsNameResolution(error))
        {
            throw new EnvironmentException(CliMessages.UnknownHost(EnvironmentUrl, error.Message), error);
        }
        catch (Exception error) when (error is HttpRequestException || TransportFailures.Classify(error) == TransportFailure.NoConnection)
        {
            throw new EnvironmentException(CliMessages.Unreachable(EnvironmentUrl, TransportFailures.Reason(error)), error);
        }
        catch (OperationCanceledException error) when (!cancellationToken.IsCancellationRequested)
        {
            throw new EnvironmentException(CliMessages.NoAnswer(EnvironmentUrl, _options.AttemptTimeout), error);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        await ThrowOnEnvironmentFailureAsync(response).ConfigureAwait(false);
        return response;
    }

    /// <summary>GETs <paramref name="relativeUrl"/> and parses the JSON answer.</summary>
    /// <exception cref="ProtocolException">Any answer but 200 with JSON.</exception>
    public async Task<JsonDocument> GetJsonAsync(string relativeUrl, CancellationToken cancellationToken, string? prefer = null)
    {
        using var response = await SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, relativeUrl);
            if (prefer is not null)
            {
                request.Headers.Add("Prefer", prefer);
            }

            return request;
        }, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(CancellationToken.None).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new ProtocolException(CliMessages.RequestFailed(relativeUrl, HttpStatusText.Of(response), ODataError.MessageOf(body)));
        }

        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException error)
        {
            throw new ProtocolException(CliMessages.MalformedAnswer(relativeUrl, error.Message), error);
        }
    }

    public void Dispose() => _http.Dispose();

    private async ValueTask<HttpResponseMessage> SendOnceAsync(Func<HttpRequestMessage> create)
    {
        Interlocked.Increment(ref _requests);
        using var request = create();
        using var attempt = new CancellationTokenSource(_options.AttemptTimeout);
        var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, attempt.Token).ConfigureAwait(false);
        if (response.Headers.TryGetValues(DopHintHeader, out var values)
            && int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var hint))
        {
            Volatile.Write(ref _parallelism, Math.Clamp(hint, 1, _options.MaxParallelism));
        }

        return response;
    }

    /// <summary>Counts a retry and says, before its wait, what failed, how long the wait is and which attempt follows.</summary>
    private void OnRetry(OnRetryArguments<HttpResponseMessage> args)
    {
        Interlocked.Increment(ref _retries);
        var failure = TransportFailures.Classify(args.Outcome.Exception);
        var response = args.Outcome.Result;

        // Dataverse answers 429 before doing anything, and a connection never made carried nothing.
        if (response?.StatusCode != HttpStatusCode.TooManyRequests && failure != TransportFailure.NoConnection)
        {
            Interlocked.Increment(ref _uncertainRetries);
        }

        var host = EnvironmentUrl.Authority;
        var attempt = args.AttemptNumber + 2;
        Notices.WriteLine(args.Outcome.Exception switch
        {
            null => CliMessages.RetryingAfterAnswer(host, HttpStatusText.Of(response!), args.RetryDelay, attempt),
            { } error when failure == TransportFailure.NoConnection => CliMessages.RetryingAfterNoConnection(host, TransportFailures.Reason(error), args.RetryDelay, attempt),
            OperationCanceledException => CliMessages.RetryingAfterNoAnswer(host, _options.AttemptTimeout, args.RetryDelay, attempt),
            { } error => CliMessages.RetryingAfterDroppedConnection(host, TransportFailures.Reason(error), args.RetryDelay, attempt),
        });
    }

    private async Task ThrowOnEnvironmentFailureAsync(HttpResponseMessage response)
    {
        var status = response.StatusCode;
        if (status != HttpStatusCode.Unauthorized && status != HttpStatusCode.Forbidden && !RetryPipeline.IsRetryable(status))
        {
            return;
        }

        var body = await response.Content.ReadAsStringAsync(CancellationToken.None).ConfigureAwait(false);
        var detail = ODataError.MessageOf(body);
        var statusText = HttpStatusText.Of(response);
        response.Dispose();
        throw new EnvironmentException(status switch
        {
            HttpStatusCode.Unauthorized => CliMessages.AuthenticationFailed(EnvironmentUrl, statusText, detail),
            HttpStatusCode.Forbidden => CliMessages.AccessDenied(EnvironmentUrl, statusText, detail),
            _ => CliMessages.Unavailable(EnvironmentUrl, statusText, Retries),
        });
    }
}
