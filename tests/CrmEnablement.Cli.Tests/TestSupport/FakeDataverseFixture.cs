using System.Threading.Tasks;
using CrmEnablement.Cli.Tests.TestSupport.FakeDataverse;

namespace CrmEnablement.Cli.Tests.TestSupport;

/// <summary>
/// What every test of a command against an environment starts with: a fresh fake Web API on
/// loopback, <c>cen</c> pointed at it, and a temp folder; all gone after each test.
/// </summary>
public abstract class FakeDataverseFixture
{
    private protected TempDirectory Temp { get; } = new();

    private protected FakeDataverse.FakeDataverse Fake { get; private set; } = null!;

    private protected RemoteCli Cen { get; private set; } = null!;

    [SetUp]
    public async Task StartFakeDataverse()
    {
        Fake = await FakeDataverse.FakeDataverse.StartAsync();
        Cen = new RemoteCli(Fake);
    }

    [TearDown]
    public async Task StopFakeDataverse()
    {
        await Fake.DisposeAsync();
        Temp.Dispose();
    }
}
