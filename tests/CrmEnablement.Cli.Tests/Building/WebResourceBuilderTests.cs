using System.IO;
using CrmEnablement.Cli.Building;
using CrmEnablement.Cli.Tests.TestSupport;

namespace CrmEnablement.Cli.Tests.Building;

/// <summary>The build of a missing web resource, which lets one command show the panel or pack the solution.</summary>
public class WebResourceBuilderTests
{
    private readonly TempDirectory _temp = new();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    [Test]
    public void TryBuild_NpmStepFails_ReportsTheStepAndReturnsFalse()
    {
        // npm ci refuses a package without a lock file, quickly and without the network.
        var folder = Path.GetDirectoryName(_temp.Write("package.json", "{ \"name\": \"broken\", \"version\": \"1.0.0\" }"))!;
        using var progress = new StringWriter();

        var built = WebResourceBuilder.TryBuild(folder, progress);

        Assert.That(built, Is.False);
        Assert.That(progress.ToString(), Does.Contain(CliMessages.BuildingWebResource("ci --no-audit --no-fund")));
        Assert.That(progress.ToString(), Does.Contain("cen: warning: npm ci --no-audit --no-fund failed (exit "));
        Assert.That(progress.ToString(), Does.Not.Contain(CliMessages.BuildingWebResource("run build")), "stops at the first failure");
    }
}
