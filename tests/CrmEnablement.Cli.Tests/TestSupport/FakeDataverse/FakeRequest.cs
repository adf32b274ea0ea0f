using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmEnablement.Cli.Tests.TestSupport.FakeDataverse;

/// <summary>One Web API request as the fake executes it, whether it came alone or inside a $batch.</summary>
internal sealed record FakeRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>Parses the <c>application/http</c> text of a batch part: request line, headers, blank line, body.</summary>
    public static FakeRequest Parse(string text, string apiPath)
    {
        var normalized = text.Replace("\r\n", "\n");
        var headerEnd = normalized.IndexOf("\n\n", StringComparison.Ordinal);
        var head = headerEnd < 0 ? normalized : normalized.Substring(0, headerEnd);
        var body = headerEnd < 0 ? "" : normalized.Substring(headerEnd + 2).TrimEnd('\n');
        var lines = head.Split('\n');
        var requestLine = lines[0].Split(' ');
        if (requestLine.Length != 3 || !requestLine[2].StartsWith("HTTP/1.1", StringComparison.Ordinal))
        {
            throw new FormatException($"bad request line '{lines[0]}'");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines[1..].Where(line => line.Length > 0))
        {
            var colon = line.IndexOf(':');
            headers[line.Substring(0, colon).Trim()] = line.Substring(colon + 1).Trim();
        }

        var url = requestLine[1];
        var at = url.IndexOf(apiPath, StringComparison.Ordinal);
        var pathAndQuery = at >= 0 ? url.Substring(at + apiPath.Length) : url;
        return new FakeRequest(requestLine[0], pathAndQuery, headers, body);
    }
}
