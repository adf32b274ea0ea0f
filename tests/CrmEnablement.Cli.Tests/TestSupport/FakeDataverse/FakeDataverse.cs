using System;
using System.Globalization;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CrmEnablement.Cli.Dataverse;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CrmEnablement.Cli.Tests.TestSupport.FakeDataverse;

/// <summary>
/// An in-process stand-in for a Dataverse environment's Web API on Kestrel, bound to 127.0.0.1 on a
/// free port: bearer-token checks (401 with the tenant challenge), <c>$batch</c> with change sets,
/// alternate-key upserts answered 204 with OData-EntityId, queries with paging, option-set
/// metadata, and scripted faults (429 with Retry-After, 503 before or after commit, malformed
/// answers, per-row failures). One per test, so tests run in parallel.
/// </summary>
internal sealed partial class FakeDataverse : IAsyncDisposable
{
    /// <summary>The only token the fake accepts.</summary>
    public const string Token = "fake-bearer-7f3c9a1e5b0d";

    /// <summary>The tenant the fake's 401 challenge names.</summary>
    public const string TenantId = "2f0c7a55-1d3e-4c2b-9a8f-5e6d7c8b9a01";

    /// <summary>The sign-in service the 401 challenge names (the public cloud's unless a test says otherwise).</summary>
    public string SignInHost { get; set; } = "login.microsoftonline.com";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeFault> _faults = new();
    private readonly ConcurrentDictionary<string, (int Status, int Times)> _rowFailures = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<int> _batchSizes = new();
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string>> _requestHeaders = new();
    private int _requests;

    private FakeDataverse(WebApplication app)
    {
        _app = app;
        Url = app.Services.GetService(typeof(IServer)) is IServer server
            ? server.Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/"
            : throw new InvalidOperationException("no server");
    }

    /// <summary>The environment URL to pass as <c>--url</c>.</summary>
    public string Url { get; }

    public string ApiPath => "/" + DataverseClient.ApiPath;

    public string ApiBase => Url + DataverseClient.ApiPath;

    public FakeContentStore Content { get; } = new();

    /// <summary>Other tables by entity set, rows shaped as the Web API returns them (see <see cref="FakeTable"/>).</summary>
    public Dictionary<string, List<JsonObject>> Tables { get; } = new();

    /// <summary>Global option sets by name, as <c>GlobalOptionSetDefinitions(Name='…')</c> returns them.</summary>
    public Dictionary<string, IReadOnlyList<(int Value, string Label)>> OptionSets { get; } = new();

    /// <summary>The most rows a page holds, whatever the client prefers (Dataverse's cap is 5,000).</summary>
    public int MaxPageSize { get; set; } = 5000;

    /// <summary>What <c>x-ms-dop-hint</c> says.</summary>
    public int DopHint { get; set; } = 4;

    /// <summary>A <c>Set-Cookie</c> value put on every answer (as Dataverse's ARRAffinity cookie is); null for none.</summary>
    public string? SetCookie { get; set; }

    /// <summary>What a 429's Retry-After says, in seconds.</summary>
    public int RetryAfterSeconds { get; set; } = 7;

    /// <summary>Called after each $batch is executed, with its write count, before it is answered.</summary>
    public Action<int>? AfterBatch { get; set; }

    /// <summary>HTTP requests received, rejected ones included.</summary>
    public int Requests => Volatile.Read(ref _requests);

    /// <summary>The headers of every HTTP request received, in order (names case-insensitive).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> RequestHeaders => _requestHeaders.ToArray();

    /// <summary>The number of writes in each $batch executed, in order.</summary>
    public IReadOnlyList<int> BatchSizes => _batchSizes.ToArray();

    public static async Task<FakeDataverse> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        FakeDataverse? fake = null;
        app.Run(async context =>
        {
            try
            {
                await fake!.HandleAsync(context);
            }
            catch (Exception error) when (!context.Response.HasStarted)
            {
                // A bug in the fake (or a request it cannot parse) shows up in the test's output.
                await Write(context.Response, FakeResponse.Error(500, "Internal Server Error", "fake", error.ToString()));
            }
        });
        await app.StartAsync();
        fake = new FakeDataverse(app);
        return fake;
    }

    /// <summary>The next requests misbehave in this order, one fault each.</summary>
    public void Fail(params FakeFault[] faults)
    {
        foreach (var fault in faults)
        {
            _faults.Enqueue(fault);
        }
    }

    /// <summary>The <c>cen_SuggestionSettings</c> environment variable: its default and its current value (null = no value row); no definition when both are null.</summary>
    public (string? Default, string? Value) SuggestionSettings { get; set; }

    /// <summary>Upserts of <paramref name="externalId"/> are answered <paramref name="status"/>, <paramref name="times"/> times.</summary>
    public void FailRow(string externalId, int status, int times = int.MaxValue) => _rowFailures[externalId] = (status, times);

    /// <summary>Runs one request; used for requests alone and for each part of a batch.</summary>
    public FakeResponse Execute(FakeRequest request)
    {
        var path = request.PathAndQuery.Split('?')[0];
        if (request.Method == "PATCH" && FakeContentStore.KeyOf(path) is { } key)
        {
            if (_rowFailures.TryGetValue(key, out var failure) && failure.Times > 0)
            {
                _rowFailures[key] = (failure.Status, failure.Times - 1);
                if (failure.Status == 400)
                {
                    return FakeResponse.Error(400, "Bad Request", "0x80040237", $"The row '{key}' breaks a business rule of the environment.");
                }

                var transient = FakeResponse.Error(failure.Status, HttpStatusText.Phrase(failure.Status), "0x80072322", "Try again later.");
                return failure.Status == 429
                    ? transient with { Headers = new Dictionary<string, string>(transient.Headers) { ["Retry-After"] = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture) } }
                    : transient;
            }

            var body = string.IsNullOrWhiteSpace(request.Body) ? new JsonObject() : JsonNode.Parse(request.Body)!.AsObject();
            lock (Content.Gate)
            {
                if (request.Headers.TryGetValue("If-None-Match", out var noneMatch) && noneMatch == "*" && Content.Row(key) is not null)
                {
                    return FakeResponse.Error(412, "Precondition Failed", "0x80060882", "A record with matching key values already exists.");
                }

                return Content.Upsert(key, body, request.Headers.TryGetValue("If-Match", out var match) && match == "*", ApiBase);
            }
        }

        if (request.Method == "GET" && path == ContentColumns.EntitySet)
        {
            return FakeQuery.Run(this, Content, request.PathAndQuery, request.Headers, ApiBase);
        }

        if (request.Method == "GET" && Tables.TryGetValue(path, out var rows))
        {
            return FakeTable.Query(rows, request.PathAndQuery, ApiBase, path);
        }

        if (request.Method == "GET" && path == "environmentvariabledefinitions")
        {
            return EnvironmentVariable(request.PathAndQuery);
        }

        if (request.Method == "GET" && path.StartsWith("GlobalOptionSetDefinitions(Name='", StringComparison.Ordinal))
        {
            var name = path.Substring("GlobalOptionSetDefinitions(Name='".Length).TrimEnd(')', '\'');
            return OptionSets.TryGetValue(name, out var options)
                ? FakeResponse.Json(FakeMetadata.OptionSet(name, options))
                : FakeResponse.Error(404, "Not Found", "0x80040217", $"Could not find optionset {name}.");
        }

        return FakeResponse.Error(404, "Not Found", "0x80060888", $"Resource not found for the segment '{path}'.");
    }

    public void RecordBatch(int writes) => _batchSizes.Enqueue(writes);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        _requestHeaders.Enqueue(context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase));
        var response = context.Response;
        response.Headers["OData-Version"] = "4.0";
        if (SetCookie is not null)
        {
            response.Headers.SetCookie = SetCookie;
        }

        response.Headers[DataverseClient.DopHintHeader] = DopHint.ToString();
        if (context.Request.Headers.Authorization.ToString() != "Bearer " + Token)
        {
            await Unauthorized(response, context.Request.Headers.Authorization.ToString());
            return;
        }

        var fault = _faults.TryDequeue(out var next) ? next : (FakeFault?)null;
        switch (fault)
        {
            case FakeFault.TooManyRequests:
                response.Headers.RetryAfter = RetryAfterSeconds.ToString();
                await Write(response, FakeResponse.Error(429, "Too Many Requests", "0x80072322", "Number of requests exceeded the limit of 6000 over time window of 300 seconds."));
                return;
            case FakeFault.ServiceUnavailable:
                response.StatusCode = 503;
                return;
            case FakeFault.Unauthorized:
                await Unauthorized(response, "");
                return;
            case FakeFault.Forbidden:
                await Write(response, FakeResponse.Error(403, "Forbidden", "0x80040220", "Principal user is missing prvCreatecen_enablementcontent privilege."));
                return;
            case FakeFault.BatchRefused:
                await Write(response, FakeResponse.Error(400, "Bad Request", "0x80048d19", "The batch request was refused: it is not valid for this environment."));
                return;
            case FakeFault.Malformed:
                response.ContentType = "multipart/mixed; boundary=batchresponse_cut";
                await response.WriteAsync("--batchresponse_cut\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 204 No Con");
                return;
        }

        var requestPath = context.Request.Path.Value ?? "";
        var relative = requestPath.StartsWith(ApiPath, StringComparison.Ordinal) ? requestPath.Substring(ApiPath.Length) : requestPath;
        if (context.Request.Method == "POST" && relative == "$batch")
        {
            var continueOnError = context.Request.Headers["Prefer"].ToString().Contains("odata.continue-on-error", StringComparison.Ordinal);
            var (body, contentType) = await FakeBatch.ExecuteAsync(this, context.Request.Body, context.Request.ContentType ?? "", continueOnError);
            AfterBatch?.Invoke(BatchSizes.LastOrDefault());
            if (fault == FakeFault.ServiceUnavailableAfterCommit)
            {
                response.StatusCode = 503;
                return;
            }

            response.ContentType = contentType;
            await response.WriteAsync(body);
            return;
        }

        using var reader = new StreamReader(context.Request.Body);
        var headers = context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var single = Execute(new FakeRequest(context.Request.Method, relative + context.Request.QueryString.Value, headers, await reader.ReadToEndAsync()));
        await Write(response, single);
    }

    private async Task Unauthorized(HttpResponse response, string presented)
    {
        response.Headers.WWWAuthenticate = $"Bearer authorization_uri=https://{SignInHost}/{TenantId}/oauth2/authorize, resource_id={Url}";
        // Echoes what was presented, as some proxies do, so tests prove cen never prints it.
        var detail = presented.Length == 0 ? "" : $" The token presented was '{presented}'.";
        await Write(response, FakeResponse.Error(401, "Unauthorized", "0x80072560", "The user is not a member of the organization." + detail));
    }

    private static async Task Write(HttpResponse response, FakeResponse answer)
    {
        response.StatusCode = answer.Status;
        foreach (var header in answer.Headers)
        {
            response.Headers[header.Key] = header.Value;
        }

        await response.WriteAsync(answer.Body);
    }
}
