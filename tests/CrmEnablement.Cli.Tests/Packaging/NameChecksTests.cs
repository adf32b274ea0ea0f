using System.Linq;
using System.Xml.Linq;
using CrmEnablement.Cli.Packaging;
using CrmEnablement.Cli.Tests.Packaging.TestSupport;

namespace CrmEnablement.Cli.Tests.Packaging;

public class NameChecksTests
{
    [Test]
    public void Check_RepositorySource_FindsNothing()
    {
        var tree = SourceTrees.Repository();

        Assert.That(NameChecks.Check(tree, new SolutionManifest(tree)), Is.Empty);
    }

    [Test]
    public void Check_CustomColumnWithoutPrefix_NamesTheTableFileAndColumn()
    {
        var tree = SourceTrees.Repository();
        const string path = "Entities/Opportunity/Entity.xml";
        tree.Edit(path, root => root.Descendants("attribute").First().SetAttributeValue("PhysicalName", "new_Phase"));

        Assert.That(NameChecks.Check(tree, new SolutionManifest(tree)), Is.EqualTo(new[] { CliMessages.PackNameWithoutPrefix(path, "column", "new_Phase", "cen_") }));
    }

    [Test]
    public void Check_WebResourceAndEnvironmentVariableWithoutPrefix_AreBothNamed()
    {
        var tree = SourceTrees.Repository();
        var resource = tree.Find("WebResources/", root => true);
        const string variable = "environmentvariabledefinitions/cen_CatalogVersion/environmentvariabledefinition.xml";
        tree.Edit(resource, root => root.Element("Name")!.Value = "panel.html");
        tree.Edit(variable, root => root.SetAttributeValue("schemaname", "CatalogVersion"));

        Assert.That(NameChecks.Check(tree, new SolutionManifest(tree)), Is.EquivalentTo(new[]
        {
            CliMessages.PackNameWithoutPrefix(resource, "web resource", "panel.html", "cen_"),
            CliMessages.PackNameWithoutPrefix(variable, "environment variable", "CatalogVersion", "cen_"),
        }));
    }
}
