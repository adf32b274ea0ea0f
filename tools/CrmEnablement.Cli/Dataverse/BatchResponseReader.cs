using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http.Headers;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>
/// Reads a <c>$batch</c> response: one entry per top-level part, in order; a change set's part
/// holds its answers, any other part one answer. Anything that is not well-formed multipart with
/// HTTP status lines is a <see cref="ProtocolException"/>: the caller cannot know what happened.
/// </summary>
internal static class BatchResponseReader
{
    /// <summary>Parses <paramref name="body"/> with the boundary from <paramref name="contentType"/>.</summary>
    /// <exception cref="ProtocolException">Malformed.</exception>
    public static IReadOnlyList<IReadOnlyList<BatchItemResponse>> Read(string? contentType, string body)
    {
        var boundary = BoundaryOf(contentType) ?? throw Malformed("the answer is not multipart/mixed with a boundary");
        var parts = new List<IReadOnlyList<BatchItemResponse>>();
        foreach (var part in SplitParts(body, boundary))
        {
            var (headers, content) = SplitHeaders(part);
            if (headers.TryGetValue("Content-Type", out var partType) && BoundaryOf(partType) is { } changeSet)
            {
                var answers = new List<BatchItemResponse>();
                foreach (var inner in SplitParts(content, changeSet))
                {
                    var (innerHeaders, innerContent) = SplitHeaders(inner);
                    answers.Add(ReadHttp(innerHeaders, innerContent));
                }

                parts.Add(answers);
            }
            else
            {
                parts.Add(new[] { ReadHttp(headers, content) });
            }
        }

        return parts;
    }

    private static string? BoundaryOf(string? contentType)
    {
        if (contentType is null || !MediaTypeHeaderValue.TryParse(contentType, out var media)
            || !string.Equals(media.MediaType, "multipart/mixed", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        foreach (var parameter in media.Parameters)
        {
            if (string.Equals(parameter.Name, "boundary", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(parameter.Value))
            {
                return parameter.Value.Trim('"');
            }
        }

        return null;
    }

    private static List<string> SplitParts(string body, string boundary)
    {
        var delimiter = "--" + boundary;
        var parts = new List<string>();
        var start = -1;
        var position = 0;
        while (position <= body.Length)
        {
            var lineEnd = body.IndexOf('\n', position);
            // Only lines that start with the delimiter are cut out: answers hold long JSON lines.
            var line = string.CompareOrdinal(body, position, delimiter, 0, delimiter.Length) != 0 ? ""
                : (lineEnd < 0 ? body.Substring(position) : body.Substring(position, lineEnd - position)).TrimEnd('\r');
            if (line == delimiter || line == delimiter + "--")
            {
                if (start >= 0)
                {
                    parts.Add(TrimLineBreak(body.Substring(start, position - start)));
                }

                if (line.EndsWith("--", StringComparison.Ordinal) && line != delimiter)
                {
                    return parts;
                }

                start = lineEnd < 0 ? body.Length : lineEnd + 1;
            }

            if (lineEnd < 0)
            {
                break;
            }

            position = lineEnd + 1;
        }

        throw Malformed($"the closing boundary '{delimiter}--' is missing (the answer was cut short)");
    }

    private static (Dictionary<string, string> Headers, string Content) SplitHeaders(string part)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var position = 0;
        while (position < part.Length)
        {
            var lineEnd = part.IndexOf('\n', position);
            var line = (lineEnd < 0 ? part.Substring(position) : part.Substring(position, lineEnd - position)).TrimEnd('\r');
            position = lineEnd < 0 ? part.Length : lineEnd + 1;
            if (line.Length == 0)
            {
                break;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                throw Malformed($"'{Shorten(line)}' is not a header line");
            }

            headers[line.Substring(0, colon).Trim()] = line.Substring(colon + 1).Trim();
        }

        return (headers, part.Substring(position));
    }

    private static BatchItemResponse ReadHttp(Dictionary<string, string> mimeHeaders, string message)
    {
        var lineEnd = message.IndexOf('\n');
        var statusLine = (lineEnd < 0 ? message : message.Substring(0, lineEnd)).TrimEnd('\r');
        var pieces = statusLine.Split(' ', 3);
        if (pieces.Length < 2 || !pieces[0].StartsWith("HTTP/", StringComparison.Ordinal)
            || !int.TryParse(pieces[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            throw Malformed($"'{Shorten(statusLine)}' is not an HTTP status line");
        }

        var (headers, body) = SplitHeaders(lineEnd < 0 ? "" : message.Substring(lineEnd + 1));
        mimeHeaders.TryGetValue("Content-ID", out var contentId);
        return new BatchItemResponse(contentId, status, headers, body.TrimEnd('\r', '\n'));
    }

    private static string TrimLineBreak(string text) =>
        text.EndsWith("\r\n", StringComparison.Ordinal) ? text.Substring(0, text.Length - 2) : text.EndsWith('\n') ? text.Substring(0, text.Length - 1) : text;

    private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 60) + "…";

    private static ProtocolException Malformed(string what) => new(CliMessages.MalformedBatch(what));
}
