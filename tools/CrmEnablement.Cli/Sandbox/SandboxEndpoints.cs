using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.ServiceModel;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Cli.Sandbox;

/// <summary>
/// The routes. Pages are static templates; data travels as JSON and the pages put it in the DOM as
/// text. Errors answer as the Web API does: <c>{ "error": { "code", "message" } }</c>.
/// </summary>
internal static class SandboxEndpoints
{
    private const string Json = "application/json; charset=utf-8";
    private const string Text = "text/plain; charset=utf-8";

    /// <summary>The platform's error codes the answers use: a request it cannot read, and an unexpected failure.</summary>
    private const int InvalidArgument = unchecked((int)0x80040203);
    private const int UnexpectedError = unchecked((int)0x80040216);

    private static readonly Regex TableName = new("^[a-z_][a-z0-9_]*$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    public static void Map(WebApplication app, OpportunityForms forms, WebApiBridge webApi, WebResourceFiles files)
    {
        app.Use(async (context, next) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "no-referrer";
            await next(context).ConfigureAwait(false);
        });

        app.MapGet("/", () => Asset("index.html"));
        app.MapGet("/opportunity/{id:guid}", (Guid id) => Asset("opportunity.html"));
        app.MapGet("/harness/{name}", (string name) => Asset(name));
        app.MapGet("/favicon.ico", () => Results.NoContent());
        app.MapGet("/webresources/{**path}", (string? path) => WebResource(files, path ?? ""));

        app.MapGet("/api/opportunities", () => Answer(forms.List));
        app.MapGet("/api/opportunities/{id:guid}", (Guid id) => Answer(() => forms.Form(id)));
        app.MapPost("/api/opportunities/{id:guid}", (Guid id, HttpRequest request) => WithBody(request, body => forms.Save(id, body)));

        app.MapPost("/api/xrm/execute", (HttpRequest request) => WithBody(request, webApi.Execute));
        app.MapPost("/api/xrm/records/{table}", (string table, HttpRequest request) => WithBody(request, body => webApi.Create(Table(table), body)));
        app.MapGet("/api/xrm/records/{table}/{id}", (string table, string id, string? options) =>
            Answer(() => webApi.Retrieve(Table(table), RecordId(id), options)));
        app.MapGet("/api/xrm/records/{table}", (string table, string? options, int? maxPageSize) =>
            Answer(() => webApi.RetrieveMultiple(Table(table), options, maxPageSize)));
    }

    private static IResult Asset(string name) =>
        HarnessAssets.Read(name) is { } bytes ? Results.Bytes(bytes, HarnessAssets.ContentType(name)) : Results.NotFound();

    private static IResult WebResource(WebResourceFiles files, string path)
    {
        if (!files.IsBuilt)
        {
            return Results.Text(CliMessages.SandboxWebResourceMissing, Text, Encoding.UTF8, StatusCodes.Status404NotFound);
        }

        return files.Find(path) is { } file ? Results.File(file, HarnessAssets.ContentType(file)) : Results.NotFound();
    }

    private static async Task<IResult> WithBody(HttpRequest request, Func<JsonElement, byte[]> handle)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body).ConfigureAwait(false);
        }
        catch (JsonException error)
        {
            return Error(StatusCodes.Status400BadRequest, InvalidArgument, "The body is not JSON: " + error.Message);
        }

        using (document)
        {
            var root = document.RootElement.Clone();
            return Answer(() => handle(root));
        }
    }

    private static IResult Answer(Func<byte[]> handle)
    {
        try
        {
            return Results.Bytes(handle(), Json);
        }
        catch (WebApiRequestException error)
        {
            return Error(StatusCodes.Status400BadRequest, InvalidArgument, error.Message);
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            var code = fault.Detail.ErrorCode;
            var status = code switch
            {
                unchecked((int)0x80040217) => StatusCodes.Status404NotFound,
                unchecked((int)0x80040220) or unchecked((int)0x80048306) => StatusCodes.Status403Forbidden,
                _ => StatusCodes.Status400BadRequest,
            };
            return Error(status, code, fault.Detail.Message);
        }
        catch (Exception error) when (error is FormatException || error is ArgumentException || error is InvalidOperationException || error is KeyNotFoundException)
        {
            // A value the sandbox could not convert: say what, rather than an empty 500.
            return Error(StatusCodes.Status500InternalServerError, UnexpectedError, error.Message);
        }
    }

    private static IResult Error(int status, int code, string message) =>
        Results.Text(Encoding.UTF8.GetString(JsonBytes.Write(json =>
        {
            json.WriteStartObject();
            json.WriteStartObject("error");
            json.WriteString("code", "0x" + code.ToString("x8", CultureInfo.InvariantCulture));
            json.WriteString("message", message);
            json.WriteEndObject();
            json.WriteEndObject();
        })), Json, Encoding.UTF8, status);

    private static string Table(string name) =>
        TableName.IsMatch(name) ? name : throw new WebApiRequestException($"'{name}' is not a table's logical name.");

    // Dynamics hands ids around as "{GUID}"; the Web API takes them bare. Both are accepted.
    private static Guid RecordId(string text) =>
        Guid.TryParse(text.Trim('{', '}'), out var id) ? id : throw new WebApiRequestException($"'{text}' is not a record id.");
}
