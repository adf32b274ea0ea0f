using System;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>
/// Finds an environment's Entra tenant and sign-in service the way Microsoft's ServiceClient does:
/// an anonymous request is answered 401 with
/// <c>WWW-Authenticate: Bearer authorization_uri=https://login…/{tenant}/oauth2/authorize</c>. The
/// host is the sign-in service of the environment's cloud (public, government or China).
/// </summary>
internal static class TenantDiscovery
{
    private static readonly Regex AuthorizationUri = new("authorization_uri=\"?https://(?<host>[^/\"]+)/(?<tenant>[^/\"]+)/", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The tenant id and sign-in host from the environment's challenge.</summary>
    /// <exception cref="EnvironmentException">Unreachable, or no tenant in the answer.</exception>
    public static async Task<SignInAuthority> DiscoverAsync(HttpMessageHandler handler, Uri apiBase, CancellationToken cancellationToken)
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
                        return new SignInAuthority(match.Groups["host"].Value, match.Groups["tenant"].Value);
                    }
                }
            }

            throw new EnvironmentException(CliMessages.NoTenant(apiBase, HttpStatusText.Of(response)));
        }
    }
}

/// <summary>Where to sign in for an environment: the sign-in service's host and the tenant.</summary>
/// <param name="Host">E.g. <c>login.microsoftonline.com</c>; another host in a government or China cloud.</param>
/// <param name="Tenant">The Entra tenant id.</param>
internal sealed record SignInAuthority(string Host, string Tenant)
{
    /// <summary>The public cloud's sign-in service, used when the tenant is given and nothing was discovered.</summary>
    public const string PublicCloudHost = "login.microsoftonline.com";

    /// <summary>The authority URL MSAL signs in with.</summary>
    public string Url => "https://" + Host + "/" + Tenant;
}
