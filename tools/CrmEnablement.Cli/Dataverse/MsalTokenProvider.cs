using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Identity.Client;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>
/// Tokens from Microsoft Entra through MSAL: client credentials (scope <c>{env}/.default</c>) or a
/// device code (scope <c>{env}/user_impersonation</c>). MSAL caches tokens in memory and renews them
/// before they expire, so asking for one per request costs nothing. A sign-in service that cannot be
/// reached is named as such, so nobody checks <c>--url</c> for a problem between them and Entra.
/// </summary>
internal sealed class MsalTokenProvider : ITokenProvider
{
    private readonly Func<CancellationToken, Task<AuthenticationResult>> _acquire;
    private readonly Uri _environmentUrl;
    private readonly SignInAuthority _authority;

    private MsalTokenProvider(Uri environmentUrl, SignInAuthority authority, Func<CancellationToken, Task<AuthenticationResult>> acquire)
    {
        _environmentUrl = environmentUrl;
        _authority = authority;
        _acquire = acquire;
    }

    /// <summary>A provider for <paramref name="connection"/> signing in at <paramref name="authority"/>.</summary>
    /// <param name="connection">A client-secret or device-code connection.</param>
    /// <param name="authority">The sign-in service and the Entra tenant id or domain.</param>
    /// <param name="prompt">Where the device-code instructions are shown (standard error).</param>
    /// <param name="http">Where MSAL sends its requests; null for its own client (tests pass one that fails).</param>
    public static MsalTokenProvider Create(DataverseConnection connection, SignInAuthority authority, TextWriter prompt, IMsalHttpClientFactory? http = null)
    {
        var resource = connection.EnvironmentUrl.GetLeftPart(UriPartial.Authority);
        if (connection.Method == AuthMethod.ClientSecret)
        {
            var builder = ConfidentialClientApplicationBuilder.Create(connection.ClientId)
                .WithClientSecret(connection.ClientSecret)
                .WithAuthority(authority.Url);
            var app = (http is null ? builder : builder.WithHttpClientFactory(http)).Build();
            var scopes = new[] { resource + "/.default" };
            return new MsalTokenProvider(connection.EnvironmentUrl, authority, token => app.AcquireTokenForClient(scopes).ExecuteAsync(token));
        }

        var publicBuilder = PublicClientApplicationBuilder.Create(connection.ClientId)
            .WithAuthority(authority.Url)
            .WithDefaultRedirectUri();
        var publicApp = (http is null ? publicBuilder : publicBuilder.WithHttpClientFactory(http)).Build();
        var userScopes = new[] { resource + "/user_impersonation" };
        return new MsalTokenProvider(connection.EnvironmentUrl, authority, async token =>
        {
            var account = (await publicApp.GetAccountsAsync().ConfigureAwait(false)).FirstOrDefault();
            if (account is not null)
            {
                try
                {
                    return await publicApp.AcquireTokenSilent(userScopes, account).ExecuteAsync(token).ConfigureAwait(false);
                }
                catch (MsalUiRequiredException)
                {
                    // The cached sign-in has lapsed: ask the person again below.
                }
            }

            return await publicApp.AcquireTokenWithDeviceCode(userScopes, code =>
            {
                prompt.WriteLine(code.Message);
                return Task.CompletedTask;
            }).ExecuteAsync(token).ConfigureAwait(false);
        });
    }

    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        try
        {
            var result = await _acquire(cancellationToken).ConfigureAwait(false);
            return result.AccessToken;
        }
        catch (Exception error) when (error is HttpRequestException || error is MsalServiceException { ErrorCode: MsalError.RequestTimeout })
        {
            // MSAL lets the HTTP failure through (or wraps a timeout): Entra was not reached at all.
            // Thrown as exit 4 at once; the Web API's retries are for the environment, not for Entra.
            var reason = error is HttpRequestException http ? TransportFailures.Reason(http) : error.Message.Split('\n')[0].Trim();
            throw new EnvironmentException(CliMessages.SignInServiceUnreachable(_authority.Host, _environmentUrl, _authority.Tenant, reason), error);
        }
        catch (MsalException error)
        {
            // MSAL's error code (e.g. invalid_client, AADSTS7000215) says what to fix; its messages
            // never contain the secret, but we still show only the code and the first line.
            var firstLine = error.Message.Split('\n')[0].Trim();
            throw new EnvironmentException(CliMessages.SignInFailed(_environmentUrl, error.ErrorCode, firstLine), error);
        }
    }
}
