using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Identity.Client;

namespace CrmEnablement.Cli.Tests.TestSupport;

/// <summary>MSAL's HTTP as it is on a network that cannot resolve the sign-in service: every request fails before it leaves.</summary>
internal sealed class UnreachableSignIn : IMsalHttpClientFactory
{
    /// <summary>The sign-in service MSAL uses for the public cloud.</summary>
    public const string Host = "login.microsoftonline.com";

    private readonly HttpClient _client = new(new Failing());

    public HttpClient GetHttpClient() => _client;

    private sealed class Failing : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromException<HttpResponseMessage>(TransportErrors.NameResolution(request.RequestUri!.Host));
    }
}
