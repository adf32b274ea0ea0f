using System;
using System.IO;
using System.Threading;
using CrmEnablement.Cli.Dataverse;
using CrmEnablement.Cli.Tests.TestSupport;

namespace CrmEnablement.Cli.Tests.Dataverse;

public class MsalTokenProviderTests
{
    private const string Tenant = "2f0c7a55-1d3e-4c2b-9a8f-5e6d7c8b9a01";
    private static readonly Uri Environment = new("https://contoso.crm.dynamics.com/");

    [TestCase(AuthMethod.ClientSecret)]
    [TestCase(AuthMethod.DeviceCode)]
    public void GetTokenAsync_SignInServiceUnreachable_NamesTheSignInServiceNotTheEnvironment(AuthMethod method)
    {
        var provider = MsalTokenProvider.Create(Connection(method), new SignInAuthority(SignInAuthority.PublicCloudHost, Tenant), TextWriter.Null, new UnreachableSignIn());

        var error = Assert.ThrowsAsync<EnvironmentException>(async () => await provider.GetTokenAsync(CancellationToken.None));

        var reason = TransportErrors.NameResolution(UnreachableSignIn.Host).Message;
        Assert.That(error!.Message, Is.EqualTo(CliMessages.SignInServiceUnreachable(UnreachableSignIn.Host, Environment, Tenant, reason)));
        Assert.That(error.Message, Does.Not.Contain("Check --url"));
    }

    [Test]
    public void GetTokenAsync_GovernmentCloudAuthority_SignsInAtThatService()
    {
        var provider = MsalTokenProvider.Create(Connection(AuthMethod.ClientSecret), new SignInAuthority("login.microsoftonline.us", Tenant), TextWriter.Null, new UnreachableSignIn());

        var error = Assert.ThrowsAsync<EnvironmentException>(async () => await provider.GetTokenAsync(CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("sign-in service login.microsoftonline.us to sign in to " + Environment));
    }

    private static DataverseConnection Connection(AuthMethod method) => method == AuthMethod.ClientSecret
        ? new DataverseConnection(Environment, method, null, "0b7f2c1e-5a4d-4e3b-9c8a-1f2e3d4c5b6a", "s3cret-client-value-0123456789", Tenant)
        : new DataverseConnection(Environment, method, null, ConnectionResolver.DefaultPublicClientId, null, Tenant);
}
