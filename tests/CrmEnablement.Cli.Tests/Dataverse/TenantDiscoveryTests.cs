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
    public async Task DiscoverAsync_AnonymousChallenge_ReturnsTheTenantOfTheAuthorizationUri()
    {
        await using var fake = await FakeDataverse.StartAsync();
        using var transport = DataverseConnector.CreateTransport();

        var tenant = await TenantDiscovery.DiscoverAsync(transport, new Uri(fake.ApiBase), CancellationToken.None);

        Assert.That(tenant, Is.EqualTo(FakeDataverse.TenantId));
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
