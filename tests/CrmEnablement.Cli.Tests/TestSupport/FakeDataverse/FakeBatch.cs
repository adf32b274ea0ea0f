using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace CrmEnablement.Cli.Tests.TestSupport.FakeDataverse;

/// <summary>
/// Executes a <c>$batch</c> body like Dataverse: parts in order; a change set is atomic (one
/// failure rolls it back and is answered by a single part without Content-ID); without
/// <c>Prefer: odata.continue-on-error</c> the batch stops at the first failure.
/// </summary>
internal static class FakeBatch
{
    public static async Task<(string Body, string ContentType)> ExecuteAsync(FakeDataverse fake, Stream body, string contentType, bool continueOnError)
    {
        var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(contentType).Boundary).Value
            ?? throw new FormatException("no boundary");
        var reader = new MultipartReader(boundary, body);
        var parts = new List<string>();
        var operations = 0;
        for (var section = await reader.ReadNextSectionAsync(); section is not null; section = await reader.ReadNextSectionAsync())
        {
            var sectionType = MediaTypeHeaderValue.Parse(section.ContentType);
            bool failed;
            if (sectionType.MediaType.Equals("multipart/mixed", StringComparison.OrdinalIgnoreCase))
            {
                var changeSet = await ReadChangeSetAsync(section.Body, HeaderUtilities.RemoveQuotes(sectionType.Boundary).Value!, fake.ApiPath);
                operations += changeSet.Count;
                (var part, failed) = ExecuteChangeSet(fake, changeSet);
                parts.Add(part);
            }
            else
            {
                var request = FakeRequest.Parse(await new StreamReader(section.Body).ReadToEndAsync(), fake.ApiPath);
                if (request.Method != "GET")
                {
                    operations++;
                }

                var response = fake.Execute(request);
                failed = !response.IsSuccess;
                parts.Add(HttpPart(response, contentId: null));
            }

            if (failed && !continueOnError)
            {
                break;
            }
        }

        fake.RecordBatch(operations);
        var responseBoundary = "batchresponse_" + Guid.NewGuid();
        return (Multipart(responseBoundary, parts), "multipart/mixed; boundary=" + responseBoundary);
    }

    private static async Task<List<(string? ContentId, FakeRequest Request)>> ReadChangeSetAsync(Stream body, string boundary, string apiPath)
    {
        var requests = new List<(string?, FakeRequest)>();
        var reader = new MultipartReader(boundary, body);
        for (var section = await reader.ReadNextSectionAsync(); section is not null; section = await reader.ReadNextSectionAsync())
        {
            section.Headers!.TryGetValue("Content-ID", out var contentId);
            var request = FakeRequest.Parse(await new StreamReader(section.Body).ReadToEndAsync(), apiPath);
            if (request.Method == "GET")
            {
                throw new FormatException("GET inside a change set");
            }

            requests.Add((contentId.FirstOrDefault(), request));
        }

        return requests;
    }

    private static (string Part, bool Failed) ExecuteChangeSet(FakeDataverse fake, List<(string? ContentId, FakeRequest Request)> changeSet)
    {
        var store = fake.Content;
        lock (store.Gate)
        {
            var captured = new List<(string, System.Text.Json.Nodes.JsonObject?, int, int)>();
            var answers = new List<string>();
            foreach (var (contentId, request) in changeSet)
            {
                if (FakeContentStore.KeyOf(request.PathAndQuery.Split('?')[0]) is { } key)
                {
                    captured.Add(store.Capture(key));
                }

                var response = fake.Execute(request);
                if (!response.IsSuccess)
                {
                    store.Undo(captured);
                    return (HttpPart(response, contentId: null), true);
                }

                answers.Add(HttpPart(response, contentId));
            }

            var boundary = "changesetresponse_" + Guid.NewGuid();
            return ("Content-Type: multipart/mixed; boundary=" + boundary + "\r\n\r\n" + Multipart(boundary, answers), false);
        }
    }

    private static string HttpPart(FakeResponse response, string? contentId) =>
        "Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n"
        + (contentId is null ? "" : "Content-ID: " + contentId + "\r\n")
        + "\r\n" + response.ToHttpText();

    private static string Multipart(string boundary, IEnumerable<string> parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            text.Append("--").Append(boundary).Append("\r\n").Append(part).Append("\r\n");
        }

        return text.Append("--").Append(boundary).Append("--\r\n").ToString();
    }
}
