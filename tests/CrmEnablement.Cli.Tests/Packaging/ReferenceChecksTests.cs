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

    [Test]
    public void Dangling_SubgridShowsAViewTheSolutionLacks_NamesTheFormAndTheView()
    {
        var tree = SourceTrees.Repository();
        var form = tree.Find("Entities/cen_EnablementContent/FormXml/", root => root.Descendants("ViewId").Any());
        var view = "";
        tree.Edit(form, root =>
        {
            var id = root.Descendants("ViewId").First();
            view = id.Value;
            id.Value = "{00000000-0000-0000-0000-0000000000bb}";
        });

        Assert.That(ReferenceChecks.Dangling(tree), Is.EqualTo(new[] { CliMessages.PackMissingReference(form, "view", "{00000000-0000-0000-0000-0000000000bb}") }));
        Assert.That(view, Is.Not.Empty);
    }

    [Test]
    public void Dangling_FunctionWithoutResponseProperty_SaysToAddOne()
    {
        var tree = SourceTrees.Repository();
        foreach (var path in tree.Under("customapis/cen_GetContentSuggestions/customapiresponseproperties/").ToList())
        {
            tree.Remove(path);
        }

        Assert.That(ReferenceChecks.Dangling(tree), Is.EqualTo(new[] { CliMessages.PackFunctionWithoutResponse("customapis/cen_GetContentSuggestions/customapi.xml") }));
    }
}
