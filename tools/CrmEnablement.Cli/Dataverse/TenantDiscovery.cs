using System;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>
/// Finds an environment's Entra tenant the way Microsoft's ServiceClient does: an anonymous request
/// is answered 401 with <c>WWW-Authenticate: Bearer authorization_uri=https://login…/{tenant}/oauth2/authorize</c>.
/// </summary>
internal static class TenantDiscovery
{
    private static readonly Regex AuthorizationUri = new("authorization_uri=\"?https://[^/\"]+/(?<tenant>[^/\"]+)/", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The tenant id from the environment's challenge.</summary>
    /// <exception cref="EnvironmentException">Unreachable, or no tenant in the answer.</exception>
    public static async Task<string> DiscoverAsync(HttpMessageHandler handler, Uri apiBase, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(handler, disposeHandler: false) { Timeout = TimeSpan.FromSeconds(30) };
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(apiBase, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException error) when (TransportFailures.IsNameResolution(error))
        {
            throw new EnvironmentException(CliMessages.UnknownHost(apiBase, error.Message), error);
        }
        catch (Exception error) when (error is HttpRequestException || (error is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new EnvironmentException(CliMessages.Unreachable(apiBase, error.Message), error);
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                // Read the raw header: its comma-separated parameters do not parse as typed challenges.
                foreach (var challenge in response.Headers.NonValidated["WWW-Authenticate"])
                {
                    var match = AuthorizationUri.Match(challenge);
                    if (match.Success)
                    {
                        return match.Groups["tenant"].Value;
                    }
                }
            }

            throw new EnvironmentException(CliMessages.NoTenant(apiBase, HttpStatusText.Of(response)));
        }
    }
}
