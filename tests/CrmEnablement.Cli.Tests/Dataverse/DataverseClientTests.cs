using System.Threading;
using System.Threading.Tasks;
using CrmEnablement.Cli.Dataverse;
using CrmEnablement.Cli.Tests.TestSupport;

namespace CrmEnablement.Cli.Tests.Dataverse;

/// <summary>What every request of the client carries and what it learns from the answers.</summary>
public class DataverseClientTests : FakeDataverseFixture
{
    [Test]
    public void DegreeOfParallelism_BeforeAnyAnswer_IsOne()
    {
        using var client = Cen.Client();

        Assert.That(client.DegreeOfParallelism, Is.EqualTo(1));
    }

    [Test]
    public async Task DegreeOfParallelism_HintAboveTheCap_IsTheCap()
    {
        Fake.DopHint = 20;
        using var client = Cen.Client();

        using var answer = await client.GetJsonAsync(ContentColumns.EntitySet, CancellationToken.None);

        Assert.That(client.DegreeOfParallelism, Is.EqualTo(8), "README promises at most 8 parallel requests");
    }

    [Test]
    public async Task DegreeOfParallelism_HintBelowTheCap_FollowsTheHint()
    {
        Fake.DopHint = 2;
        using var client = Cen.Client();

        using var answer = await client.GetJsonAsync(ContentColumns.EntitySet, CancellationToken.None);

        Assert.That(client.DegreeOfParallelism, Is.EqualTo(2));
    }

    [Test]
    public async Task DegreeOfParallelism_HintChanges_FollowsTheLatestAnswer()
    {
        Fake.DopHint = 6;
        using var client = Cen.Client();
        using (await client.GetJsonAsync(ContentColumns.EntitySet, CancellationToken.None))
        {
        }

        Fake.DopHint = 3;
        using var answer = await client.GetJsonAsync(ContentColumns.EntitySet, CancellationToken.None);

        Assert.That(client.DegreeOfParallelism, Is.EqualTo(3));
    }

    [Test]
    public async Task Send_AnswerSetsTheAffinityCookie_NextRequestCarriesNoCookie()
    {
        Fake.SetCookie = "ARRAffinity=abc; Path=/; HttpOnly";
        using var client = Cen.Client();
        using (await client.GetJsonAsync(ContentColumns.EntitySet, CancellationToken.None))
        {
        }

        using var answer = await client.GetJsonAsync(ContentColumns.EntitySet, CancellationToken.None);

        Assert.That(Fake.RequestHeaders, Has.Count.EqualTo(2));
        Assert.That(Fake.RequestHeaders[1].Keys, Has.None.EqualTo("Cookie").IgnoreCase,
            "each web server enforces its own service-protection limits, so requests must not be pinned to one");
    }
}
