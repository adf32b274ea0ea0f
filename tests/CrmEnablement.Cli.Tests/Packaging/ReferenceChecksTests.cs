using System.Linq;
using CrmEnablement.Cli.Packaging;
using CrmEnablement.Cli.Tests.Packaging.TestSupport;

namespace CrmEnablement.Cli.Tests.Packaging;

public class ReferenceChecksTests
{
    [Test]
    public void Dangling_RepositorySource_FindsNothing()
    {
        Assert.That(ReferenceChecks.Dangling(SourceTrees.Repository()), Is.Empty);
    }

    [Test]
    public void Dangling_FormUsesAWebResourceTheSolutionLacks_NamesTheFormAndTheResource()
    {
        var tree = SourceTrees.Repository();
        var form = tree.Find("Entities/Opportunity/FormXml/", root => true);
        tree.Edit(form, root => root.Descendants("Url").Single().Value = "cen_/opportunity/gone.html");

        Assert.That(ReferenceChecks.Dangling(tree), Is.EqualTo(new[] { CliMessages.PackMissingReference(form, "web resource", "cen_/opportunity/gone.html") }));
    }

    [Test]
    public void Dangling_CustomApiPointsAtAnUnknownPluginType_NamesTheFile()
    {
        var tree = SourceTrees.Repository();
        const string api = "customapis/cen_GetContentSuggestions/customapi.xml";
        tree.Edit(api, root => root.Element("plugintypeid")!.Element("plugintypeexportkey")!.Value = "00000000-0000-0000-0000-000000000001");

        Assert.That(ReferenceChecks.Dangling(tree), Is.EqualTo(new[] { CliMessages.PackMissingReference(api, "plugin type", "00000000-0000-0000-0000-000000000001") }));
    }
}
