using System.Net;
using System.Net.Http;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>Status lines as people know them: <c>401 Unauthorized</c>, <c>429 Too Many Requests</c>.</summary>
internal static class HttpStatusText
{
    public static string Of(HttpResponseMessage response) => Of((int)response.StatusCode);

    public static string Of(int status) => status + " " + Phrase(status);

    /// <summary>The standard reason phrase; HTTP/2 answers carry none of their own.</summary>
    public static string Phrase(int status) => status switch
    {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        409 => "Conflict",
        412 => "Precondition Failed",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => ((HttpStatusCode)status).ToString(),
    };
}
