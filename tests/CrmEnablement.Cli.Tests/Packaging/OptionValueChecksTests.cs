using System.Linq;
using CrmEnablement.Cli.Packaging;
using CrmEnablement.Cli.Tests.Packaging.TestSupport;

namespace CrmEnablement.Cli.Tests.Packaging;

public class OptionValueChecksTests
{
    [Test]
    public void Check_RepositorySource_FindsNothing()
    {
        var tree = SourceTrees.Repository();

        Assert.That(OptionValueChecks.Check(tree, new SolutionManifest(tree)), Is.Empty);
    }

    [Test]
    public void Check_StatusReasonOutsideRange_IsNamedButPlatformReasonsAreNot()
    {
        var tree = SourceTrees.Repository();
        const string path = "Entities/cen_EnablementContent/Entity.xml";
        tree.Edit(path, root => root.Descendants("status").Single(status => (string)status.Attribute("value")! == "103720000").SetAttributeValue("value", 3));

        Assert.That(OptionValueChecks.Check(tree, new SolutionManifest(tree)),
            Is.EqualTo(new[] { CliMessages.PackOptionOutOfRange(path, "cen_enablementcontent_statuscode", 3, 103720000, 103729999) }));
    }
}
