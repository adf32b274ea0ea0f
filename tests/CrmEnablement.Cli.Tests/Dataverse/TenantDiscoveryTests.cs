using System;
using System.Threading;
using System.Threading.Tasks;
using CrmEnablement.Cli.Dataverse;
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
}
