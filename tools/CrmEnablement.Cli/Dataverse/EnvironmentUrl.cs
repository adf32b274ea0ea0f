using System;
using System.Net;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>Checks an environment URL: https, or plain http only for this machine (the test fake).</summary>
internal static class EnvironmentUrl
{
    /// <summary>The URL with a trailing slash and no path, or null with <paramref name="problem"/> set.</summary>
    public static Uri? Parse(string text, out string? problem)
    {
        problem = null;
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || uri.Host.Length == 0)
        {
            problem = CliMessages.BadUrl(text);
            return null;
        }

        if (uri.UserInfo.Length > 0)
        {
            problem = CliMessages.UrlWithCredentials;
            return null;
        }

        // A bearer token sent over plain http can be read by anyone on the path; only loopback is safe.
        if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
        {
            problem = CliMessages.HttpNotLoopback(text);
            return null;
        }

        return new Uri(uri.GetLeftPart(UriPartial.Authority) + "/");
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
