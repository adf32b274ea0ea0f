using System.Linq;
using CrmEnablement.Cli.Packaging;
using CrmEnablement.Cli.Tests.Packaging.TestSupport;

namespace CrmEnablement.Cli.Tests.Packaging;

public class RootComponentChecksTests
{
    [Test]
    public void Check_RepositorySource_FindsNothing()
    {
        var tree = SourceTrees.Repository();

        Assert.That(RootComponentChecks.Check(tree, new SolutionManifest(tree)), Is.Empty);
    }

    [Test]
    public void Check_RootNamesAStepWithoutAFile_SaysWhichRootToRemove()
    {
        var tree = SourceTrees.Repository();
        tree.Edit(SolutionLayout.SolutionXml, root => root.Descendants("RootComponents").Single()
            .Add(new System.Xml.Linq.XElement("RootComponent", new System.Xml.Linq.XAttribute("type", 92),
                new System.Xml.Linq.XAttribute("id", "{00000000-0000-0000-0000-0000000000aa}"), new System.Xml.Linq.XAttribute("behavior", 0))));

        Assert.That(RootComponentChecks.Check(tree, new SolutionManifest(tree)),
            Is.EqualTo(new[] { CliMessages.PackRootWithoutComponent(SolutionLayout.SolutionXml, 92, "{00000000-0000-0000-0000-0000000000aa}") }));
    }

    [Test]
    public void Check_ChoiceRootRenamed_NamesBothTheStrayRootAndTheUnlistedFile()
    {
        var tree = SourceTrees.Repository();
        tree.Edit(SolutionLayout.SolutionXml, root => root.Descendants("RootComponent")
            .Single(component => (string?)component.Attribute("schemaName") == "cen_medium").SetAttributeValue("schemaName", "xx_medium"));

        Assert.That(RootComponentChecks.Check(tree, new SolutionManifest(tree)), Is.EqualTo(new[]
        {
            CliMessages.PackRootWithoutComponent(SolutionLayout.SolutionXml, ComponentTypes.Choice, "xx_medium"),
            CliMessages.PackComponentWithoutRoot("OptionSets/cen_medium.xml", SolutionLayout.SolutionXml, ComponentTypes.Choice, "cen_medium", byId: false),
        }));
    }

    [Test]
    public void Check_StepFileWithoutRoot_GivesTheRootToAdd()
    {
        var tree = SourceTrees.Repository();
        var step = tree.Find(SolutionLayout.StepsFolder, root => true);
        var id = ((string)XmlFiles.Root(tree, step).Attribute("SdkMessageProcessingStepId")!).Trim('{', '}');
        tree.Edit(SolutionLayout.SolutionXml, root => root.Descendants("RootComponent")
            .Single(component => ((string?)component.Attribute("id"))?.Contains(id) == true).Remove());

        var problems = RootComponentChecks.Check(tree, new SolutionManifest(tree)).ToList();

        Assert.That(problems, Is.EqualTo(new[] { CliMessages.PackComponentWithoutRoot(step, SolutionLayout.SolutionXml, ComponentTypes.Step, "{" + id + "}", byId: true) }));
        Assert.That(problems[0], Does.Contain($"<RootComponent type=\"92\" id=\"{{{id}}}\" behavior=\"0\" />"));
    }
}
