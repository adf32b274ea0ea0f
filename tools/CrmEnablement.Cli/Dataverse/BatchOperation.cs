using System.Collections.Generic;
using System.Net.Http;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>One request inside a <c>$batch</c>.</summary>
/// <param name="Method">GET, PATCH, …</param>
/// <param name="RelativeUrl">Relative to the API base, already escaped.</param>
/// <param name="JsonBody">The JSON body, or null.</param>
/// <param name="Headers">Extra headers (e.g. <c>If-Match</c>), or null.</param>
internal sealed record BatchOperation(HttpMethod Method, string RelativeUrl, string? JsonBody, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>True for requests that may sit in a change set (anything but GET).</summary>
    public bool IsWrite => Method != HttpMethod.Get;
}
