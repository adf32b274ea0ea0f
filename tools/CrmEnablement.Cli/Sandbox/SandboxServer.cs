using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using CrmEnablement.Cli.IO;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CrmEnablement.Cli.Sandbox;

/// <summary>
/// The sandbox's web server: Kestrel on 127.0.0.1 serving the deal list, the opportunity-form
/// harness with the real web resource, and the JSON endpoints behind the harness's <c>Xrm</c>.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SandboxServer(WebApplication app, SandboxOrganization organization, Uri url, bool webResourceBuilt)
    {
        _app = app;
        Organization = organization;
        Url = url;
        WebResourceBuilt = webResourceBuilt;
    }

    /// <summary>Where the sandbox listens, e.g. http://127.0.0.1:5180/.</summary>
    public Uri Url { get; }

    /// <summary>The organization behind it.</summary>
    public SandboxOrganization Organization { get; }

    /// <summary>Whether the built web resource was found (else the panel's frame says how to build it).</summary>
    public bool WebResourceBuilt { get; }

    /// <summary>Starts serving <paramref name="organization"/>.</summary>
    /// <param name="organization">The loaded organization.</param>
    /// <param name="port">The port on 127.0.0.1; 0 picks a free one.</param>
    /// <param name="webResourcesDist">The built web resource's folder (<c>WebResources/dist</c>), or null when not built.</param>
    /// <param name="cancellationToken">Stops a start in progress.</param>
    /// <exception cref="InputException">The port is taken (exit 2).</exception>
    public static async Task<SandboxServer> StartAsync(SandboxOrganization organization, int port, string? webResourcesDist, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = Array.Empty<string>(),
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        builder.Services.Configure<ConsoleLifetimeOptions>(options => options.SuppressStatusMessages = true);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var files = new WebResourceFiles(webResourcesDist);
        SandboxEndpoints.Map(app, new OpportunityForms(organization), new WebApiBridge(organization), files);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException error) when (error.InnerException is AddressInUseException)
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw new InputException(CliMessages.SandboxPortInUse(port));
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var url = new Uri(new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)), "/");
        return new SandboxServer(app, organization, url, files.IsBuilt);
    }

    /// <summary>Completes when the server is told to stop (Ctrl+C or <see cref="StopAsync"/>).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Stops serving; requests in flight finish.</summary>
    public Task StopAsync() => _app.StopAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _app.DisposeAsync().ConfigureAwait(false);
}
