using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CrmEnablement.Cli.Dataverse;
using CrmEnablement.Cli.Tests.TestSupport;
using CrmEnablement.Cli.Tests.TestSupport.FakeDataverse;

namespace CrmEnablement.Cli.Tests.Dataverse;

/// <summary>How long a request keeps retrying: the backoff it waits, its own budget, and the command's.</summary>
public partial class RetryPipelineTests : FakeDataverseFixture
{
    [Test]
    public async Task Send_UnavailableWithoutRetryAfter_WaitsTheDoublingBackoffUpToTheLongestDelay()
    {
        Fake.Fail(Enumerable.Repeat(FakeFault.ServiceUnavailable, 6).ToArray());
        using var client = Cen.Client();

        using var answer = await client.GetJsonAsync(ContentColumns.EntitySet, CancellationToken.None);

        Assert.That(Cen.Time.Delays.Select(delay => delay.TotalSeconds), Is.EqualTo(new[] { 2, 4, 8, 16, 32, 60 }));
    }

    [Test]
    public void Send_UnavailableWithoutRetryAfter_NeverWaitsPastTheRequestBudget()
    {
        Cen.Options = Cen.Options with { MaxRetries = 1000 };
        Fake.Fail(Enumerable.Repeat(FakeFault.ServiceUnavailable, 1000).ToArray());
        using var client = Cen.Client();

        var error = Assert.ThrowsAsync<EnvironmentException>(() => client.GetJsonAsync(ContentColumns.EntitySet, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("503 Service Unavailable").And.Contain("unreachable"));
        // 2+4+8+16+32+60+60+60 = 242 s; one more 60 s backoff would end at 302 s, past the 300 s budget.
        Assert.That(Cen.Time.Delays.Sum(delay => delay.TotalSeconds), Is.EqualTo(242));
    }

    [Test]
    public async Task Send_ThrottledPastTheCommandBudget_StopsRetryingEvenWithinTheRequestBudget()
    {
        Cen.Options = Cen.Options with { CommandBudget = TimeSpan.FromSeconds(150) };
        Fake.RetryAfterSeconds = 60;
        Fake.Fail(FakeFault.TooManyRequests, FakeFault.TooManyRequests, FakeFault.Pass, FakeFault.TooManyRequests);
        using var client = Cen.Client();
        using var first = await client.GetJsonAsync(ContentColumns.EntitySet, CancellationToken.None);

        var error = Assert.ThrowsAsync<EnvironmentException>(() => client.GetJsonAsync(ContentColumns.EntitySet, CancellationToken.None));

        Assert.That(error!.Message, Is.EqualTo(CliMessages.Unavailable(client.EnvironmentUrl, "429 Too Many Requests", 2)));
        Assert.That(Cen.Time.Delays.Sum(delay => delay.TotalSeconds), Is.EqualTo(120), "a third 60 s wait would end 180 s into a 150 s command");
    }
}
