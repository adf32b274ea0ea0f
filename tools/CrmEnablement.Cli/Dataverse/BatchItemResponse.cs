using System;
using System.Collections.Generic;
using System.Net.Http.Headers;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>One answer inside a <c>$batch</c> response.</summary>
/// <param name="ContentId">The change set's Content-ID when the server echoed it.</param>
/// <param name="Status">The HTTP status.</param>
/// <param name="Headers">The answer's headers, names case-insensitive.</param>
/// <param name="Body">The body text (empty for 204).</param>
internal sealed record BatchItemResponse(string? ContentId, int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>2xx.</summary>
    public bool IsSuccess => Status >= 200 && Status < 300;

    /// <summary>What this answer's <c>Retry-After</c> asks (seconds or an HTTP date), if it says.</summary>
    public TimeSpan? RetryAfter(DateTimeOffset now) =>
        Headers.TryGetValue("Retry-After", out var value) && RetryConditionHeaderValue.TryParse(value.Trim(), out var header)
            ? RetryPipeline.WaitOf(header, now)
            : null;
}
