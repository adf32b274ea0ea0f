using System;
using CrmEnablement.Cli.Tests.TestSupport;
using CrmEnablement.Cli.Tests.TestSupport.FakeDataverse;

namespace CrmEnablement.Cli.Tests.Commands;

/// <summary>What a person sees while and after the network misbehaves: messages, notices, masking.</summary>
public partial class CatalogImportCommandTests
{
    [Test]
    public void Import_OneLetterToken_MessagesAreNotGarbled()
    {
        var result = Cen.RunRaw("catalog", "import", "--file", Catalog(new CatalogCsvBuilder().Row("A")), "--url", Fake.Url, "--token", "t");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.EnvironmentFailure));
        Assert.That(result.Error, Does.StartWith("cen: authentication failed: " + new Uri(Fake.Url) + " answered 401 Unauthorized"));
    }
}
