using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>Builds a <see cref="DataverseClient"/> for a connection: transport, sign-in, retries.</summary>
internal static class DataverseConnector
{
    /// <summary>Connects; nothing is sent yet except, for MSAL without a tenant, one anonymous request to find it.</summary>
    /// <param name="connection">Where and how.</param>
    /// <param name="prompt">Where device-code instructions and waits before retries go (standard error).</param>
    /// <param name="options">Retry and parallelism settings.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    public static async Task<DataverseClient> ConnectAsync(DataverseConnection connection, TextWriter prompt, DataverseClientOptions options, CancellationToken cancellationToken)
    {
        var transport = CreateTransport();
        ITokenProvider tokens;
        if (connection.Method == AuthMethod.Token)
        {
            tokens = new StaticTokenProvider(connection.Token!);
        }
        else
        {
            var apiBase = new Uri(connection.EnvironmentUrl, DataverseClient.ApiPath);
            // A given tenant signs in at the public cloud's service; a discovered one where the environment says.
            var authority = connection.TenantId is { } tenant
                ? new SignInAuthority(SignInAuthority.PublicCloudHost, tenant)
                : await TenantDiscovery.DiscoverAsync(transport, apiBase, cancellationToken).ConfigureAwait(false);
            tokens = MsalTokenProvider.Create(connection, authority, prompt, options.SignInHttp);
        }

        return new DataverseClient(connection.EnvironmentUrl, new AuthorizationHandler(tokens, transport), options, prompt);
    }

    /// <summary>
    /// The socket handler: no cookies, so the server-affinity cookie never pins every request to
    /// one web server (each server enforces its own service-protection limits); compressed answers.
    /// </summary>
    public static SocketsHttpHandler CreateTransport() => new()
    {
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(30),
    };
}
