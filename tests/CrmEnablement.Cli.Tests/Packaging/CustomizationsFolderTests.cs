using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using CrmEnablement.Cli.Packaging;
using CrmEnablement.Cli.Tests.Packaging.TestSupport;

namespace CrmEnablement.Cli.Tests.Packaging;

public class CustomizationsFolderTests
{
    [TestCase(false)]
    [TestCase(true)]
    public void Fold_PackedSolution_ValidatesAgainstMicrosoftsSchema(bool managed)
    {
        var xsd = SchemaLocator.CustomizationsXsd(out var reason);
        if (xsd is null)
        {
            Assert.Inconclusive(reason);
        }

        using var workspace = new SolutionWorkspace();
        var packed = workspace.PackOrFail();
        var document = (managed ? packed.Managed : packed.Unmanaged)["customizations.xml"];
        var problems = Validate(xsd!, document);

        // The 2019 schema declares solutionaction on no form element, yet managed exports mark a change to
        // a form another solution owns with it (schemas/SOURCES.md lists it among the newer attributes).
        // Only those, only inside FormXml, only in the managed package, and one per marked element.
        var marked = XDocument.Load(new MemoryStream(document)).Descendants("FormXml").Descendants().Count(element => element.Attribute("solutionaction") is not null);
        var solutionActions = problems.Where(problem => problem.StartsWith(SolutionActionInForm, System.StringComparison.Ordinal)).ToList();
        Assert.That(problems.Except(solutionActions), Is.Empty);
        Assert.That(solutionActions, Has.Count.EqualTo(marked));
        Assert.That(marked, managed ? Is.GreaterThan(0) : Is.Zero, "the standard opportunity form's change ships in the managed package only");
    }

    private const string SolutionActionInForm = "FormXml: The 'solutionaction' attribute is not declared.";

    [Test]
    public void Fold_Tree_FillsEverySectionFromItsFolder()
    {
        var folded = CustomizationsFolder.Fold(SourceTree.FromFolder(Path.Combine(RepositoryPaths.Solution, "src")));

        Assert.That(folded.Element("Entities")!.Elements("Entity").Select(entity => entity.Element("Name")!.Value),
            Is.EqualTo(new[] { "cen_ContentInteraction", "cen_ContentSuggestion", "cen_EnablementContent", "Contact", "Opportunity" }));
        Assert.That(folded.Element("Roles")!.Elements("Role").Select(role => (string)role.Attribute("name")!), Is.EqualTo(new[] { "Enablement Lead", "Enablement User" }));
        Assert.That(folded.Element("optionsets")!.Elements("optionset").Count(), Is.EqualTo(11));
        Assert.That(folded.Element("WebResources")!.Elements("WebResource").Count(), Is.EqualTo(4));
        Assert.That(folded.Element("SolutionPluginAssemblies")!.Elements("PluginAssembly").Count(), Is.EqualTo(1));
        Assert.That(folded.Element("SdkMessageProcessingSteps")!.Elements("SdkMessageProcessingStep").Count(),
            Is.EqualTo(Directory.GetFiles(Path.Combine(RepositoryPaths.Solution, "src", "SdkMessageProcessingSteps"), "*.xml").Length), "every step file");
        Assert.That(folded.Element("EntityRelationships")!.Elements("EntityRelationship").All(relationship => relationship.HasElements), Is.True,
            "every relationship in the index has its definition");
    }

    [Test]
    public void Fold_EntityWithFormsAndViews_NestsThemAsExportsDo()
    {
        var folded = CustomizationsFolder.Fold(SourceTree.FromFolder(Path.Combine(RepositoryPaths.Solution, "src")));
        var content = folded.Element("Entities")!.Elements("Entity").Single(entity => entity.Element("Name")!.Value == "cen_EnablementContent");

        Assert.That(content.Element("FormXml")!.Elements("forms").Select(forms => (string)forms.Attribute("type")!), Is.EqualTo(new[] { "main" }));
        Assert.That(content.Element("FormXml")!.Element("forms")!.Elements("systemform").Count(), Is.EqualTo(1));
        Assert.That(content.Element("SavedQueries")!.Element("savedqueries")!.Elements("savedquery").Count(), Is.EqualTo(10));
        Assert.That(folded.DescendantsAndSelf().Attributes().Where(attribute => attribute.IsNamespaceDeclaration).Select(attribute => attribute.Parent!.Name.LocalName).ToArray(),
            Is.EqualTo(new[] { "ImportExportXml" }), "only the root declares xsi");
    }

    private static List<string> Validate(string xsd, byte[] document)
    {
        var schemas = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        schemas.Add(null, xsd);
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        var problems = new List<string>();
        var open = new Stack<string>();
        settings.ValidationEventHandler += (_, e) => problems.Add(
            open.Contains("FormXml") && e.Message == "The 'solutionaction' attribute is not declared."
                ? SolutionActionInForm
                : $"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using var stream = new MemoryStream(document);
        using var reader = XmlReader.Create(stream, settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && !reader.IsEmptyElement)
            {
                open.Push(reader.LocalName);
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                open.Pop();
            }
        }

        return problems;
    }
}
