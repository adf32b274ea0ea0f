using System;
using System.Threading;
using System.Threading.Tasks;
using CrmEnablement.Cli.Dataverse;
using CrmEnablement.Cli.Tests.TestSupport;
using CrmEnablement.Cli.Tests.TestSupport.FakeDataverse;

namespace CrmEnablement.Cli.Tests.Dataverse;

public class TenantDiscoveryTests
{
    [Test]
    public async Task DiscoverAsync_AnonymousChallenge_ReturnsTheTenantAndSignInServiceOfTheAuthorizationUri()
    {
        await using var fake = await FakeDataverse.StartAsync();
        using var transport = DataverseConnector.CreateTransport();

        var authority = await TenantDiscovery.DiscoverAsync(transport, new Uri(fake.ApiBase), CancellationToken.None);

        Assert.That(authority, Is.EqualTo(new SignInAuthority("login.microsoftonline.com", FakeDataverse.TenantId)));
        Assert.That(authority.Url, Is.EqualTo("https://login.microsoftonline.com/" + FakeDataverse.TenantId));
    }

    [Test]
    public async Task DiscoverAsync_GovernmentCloudChallenge_SignsInWhereTheEnvironmentSays()
    {
        await using var fake = await FakeDataverse.StartAsync();
        fake.SignInHost = "login.microsoftonline.us";
        using var transport = DataverseConnector.CreateTransport();

        var authority = await TenantDiscovery.DiscoverAsync(transport, new Uri(fake.ApiBase), CancellationToken.None);

        Assert.That(authority.Host, Is.EqualTo("login.microsoftonline.us"));
    }

    [Test]
    public void DiscoverAsync_HostNameDoesNotResolve_SaysSoAndPointsAtTheUrl()
    {
        var apiBase = new Uri("https://contoso-typo.crm.dynamics.com/" + DataverseClient.ApiPath);
        var failure = TransportErrors.NameResolution(apiBase.Host);
        using var transport = new ScriptedTransport(failure);

        var error = Assert.ThrowsAsync<EnvironmentException>(() => TenantDiscovery.DiscoverAsync(transport, apiBase, CancellationToken.None));

        Assert.That(error!.Message, Is.EqualTo(CliMessages.UnknownHost(apiBase, failure.Message)));
    }
}
