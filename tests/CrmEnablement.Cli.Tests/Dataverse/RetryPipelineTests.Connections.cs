using System;
using System.Linq;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using CrmEnablement.Cli.Dataverse;
using CrmEnablement.Cli.Tests.TestSupport;
using CrmEnablement.Cli.Tests.TestSupport.FakeDataverse;

namespace CrmEnablement.Cli.Tests.Dataverse;

/// <summary>No connection at all: a name that does not resolve stops at once, a refused connection soon; every wait is announced.</summary>
public partial class RetryPipelineTests
{
    private static readonly Uri Mistyped = new("https://contoso-typo.crm.dynamics.com/");

    [TestCase(SocketError.HostNotFound)]
    [TestCase(SocketError.NoData)]
    public void Send_HostNameDoesNotResolve_FailsAtOnceNamingTheHostAndUrl(SocketError dns)
    {
        var failure = TransportErrors.NameResolution(Mistyped.Host, dns);
        var transport = new ScriptedTransport(failure);
        using var client = Cen.Client(transport, Mistyped);

        var error = Assert.ThrowsAsync<EnvironmentException>(() => client.GetJsonAsync(ContentColumns.EntitySet, CancellationToken.None));

        Assert.That(error!.Message, Is.EqualTo(CliMessages.UnknownHost(Mistyped, failure.Message)));
        Assert.That(error.Message, Does.Contain("contoso-typo.crm.dynamics.com").And.Contain("Check --url"));
        Assert.That((transport.Attempts, Cen.Time.Delays.Count), Is.EqualTo((1, 0)), "a name that does not exist is not retried");
        Assert.That(Cen.NoticeLines, Is.Empty);
    }

    [Test]
    public void Send_DnsSaysTryAgain_RetriesBrieflyThenNamesTheHost()
    {
        var failures = Enumerable.Range(0, 10).Select(_ => TransportErrors.NameResolution(Mistyped.Host, SocketError.TryAgain)).ToArray();
        var transport = new ScriptedTransport(failures);
        using var client = Cen.Client(transport, Mistyped);

        var error = Assert.ThrowsAsync<EnvironmentException>(() => client.GetJsonAsync(ContentColumns.EntitySet, CancellationToken.None));

        Assert.That(error!.Message, Is.EqualTo(CliMessages.UnknownHost(Mistyped, failures[0].Message)));
        Assert.That(Cen.Time.Delays.Select(delay => delay.TotalSeconds), Is.EqualTo(new[] { 1, 2, 4 }));
    }

    [Test]
    public void Send_NothingListening_RetriesThreeTimesWithinTenSecondsAndAnnouncesEachWait()
    {
        var nowhere = new Uri($"http://127.0.0.1:{FreePort()}/");
        using var client = Cen.Client(DataverseConnector.CreateTransport(), nowhere);

        var error = Assert.ThrowsAsync<EnvironmentException>(() => client.GetJsonAsync(ContentColumns.EntitySet, CancellationToken.None));

        Assert.That(error!.Message, Does.StartWith($"cen: cannot reach the environment {nowhere}: Connection refused"));
        Assert.That(Cen.Time.Delays.Select(delay => delay.TotalSeconds), Is.EqualTo(new[] { 1, 2, 4 }), "not the 5-minute budget of an environment that answers 503");
        Assert.That(client.Requests, Is.EqualTo(4));
        Assert.That(Cen.NoticeLines, Has.Length.EqualTo(3));
        Assert.That(Cen.NoticeLines[0], Does.StartWith($"cen: cannot connect to {nowhere.Authority} (Connection refused").And.EndWith("; trying again in 1 s (attempt 2)"));
        Assert.That(Cen.NoticeLines[2], Does.EndWith("; trying again in 4 s (attempt 4)"));
    }

    [Test]
    public void Send_RefusedWithAShorterWindow_StopsWhenTheNextWaitWouldEndPastIt()
    {
        Cen.Options = Cen.Options with { ConnectRetryBudget = TimeSpan.FromSeconds(5) };
        var transport = new ScriptedTransport(Enumerable.Range(0, 10).Select(_ => (Exception)TransportErrors.Refused("127.0.0.1")).ToArray());
        using var client = Cen.Client(transport);

        Assert.ThrowsAsync<EnvironmentException>(() => client.GetJsonAsync(ContentColumns.EntitySet, CancellationToken.None));

        Assert.That(Cen.Time.Delays.Select(delay => delay.TotalSeconds), Is.EqualTo(new[] { 1, 2 }), "a third wait of 4 s would end 7 s after the first attempt");
    }

    [Test]
    public void Send_ConnectTimesOut_RetriesBrieflyAndSaysItCannotReachIt()
    {
        var transport = new ScriptedTransport(Enumerable.Range(0, 10).Select(_ => (Exception)TransportErrors.ConnectTimeout()).ToArray());
        using var client = Cen.Client(transport);

        var error = Assert.ThrowsAsync<EnvironmentException>(() => client.GetJsonAsync(ContentColumns.EntitySet, CancellationToken.None));

        Assert.That(error!.Message, Does.Contain("cannot reach the environment").And.Contain("ConnectTimeout"));
        Assert.That(Cen.Time.Delays.Select(delay => delay.TotalSeconds), Is.EqualTo(new[] { 1, 2, 4 }));
    }

    [Test]
    public async Task Send_RefusedThenAnswered_CountsRetriesThatCannotHaveBeenCarriedOut()
    {
        var transport = new ScriptedTransport(TransportErrors.Refused("127.0.0.1"), TransportErrors.Refused("127.0.0.1"));
        using var client = Cen.Client(transport);

        using var answer = await client.GetJsonAsync(ContentColumns.EntitySet, CancellationToken.None);

        Assert.That((client.Retries, client.UncertainRetries), Is.EqualTo((2, 0)), "a connection never made carried nothing out");
    }

    [Test]
    public async Task Send_UnavailableThenThrottled_AnnouncesEachWaitWithTheStatus()
    {
        Fake.RetryAfterSeconds = 7;
        Fake.Fail(FakeFault.ServiceUnavailable, FakeFault.TooManyRequests);
        using var client = Cen.Client();

        using var answer = await client.GetJsonAsync(ContentColumns.EntitySet, CancellationToken.None);

        var host = new Uri(Fake.Url).Authority;
        Assert.That(Cen.NoticeLines, Is.EqualTo(new[]
        {
            CliMessages.RetryingAfterAnswer(host, "503 Service Unavailable", TimeSpan.FromSeconds(2), 2),
            CliMessages.RetryingAfterAnswer(host, "429 Too Many Requests", TimeSpan.FromSeconds(7), 3),
        }));
        Assert.That(Cen.NoticeLines[0], Is.EqualTo($"cen: {host} answered 503 Service Unavailable; trying again in 2 s (attempt 2)"));
    }

    [Test]
    public void Send_UnavailableUntilTheBudgetRunsOut_StillWaitsTheWholeBudget()
    {
        Cen.Options = Cen.Options with { MaxRetries = 1000 };
        Fake.Fail(Enumerable.Repeat(FakeFault.ServiceUnavailable, 1000).ToArray());
        using var client = Cen.Client();

        Assert.ThrowsAsync<EnvironmentException>(() => client.GetJsonAsync(ContentColumns.EntitySet, CancellationToken.None));

        Assert.That(Cen.NoticeLines, Has.Length.EqualTo(Cen.Time.Delays.Count), "one line per wait");
        Assert.That(Cen.Time.Delays.Sum(delay => delay.TotalSeconds), Is.EqualTo(242), "503 keeps the 5-minute budget");
    }

    /// <summary>A loopback port nothing listens on: one the system just handed out and took back.</summary>
    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
