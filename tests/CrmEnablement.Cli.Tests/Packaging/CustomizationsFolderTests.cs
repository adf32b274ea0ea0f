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
        var problems = Validate(xsd!, (managed ? packed.Managed : packed.Unmanaged)["customizations.xml"]);

        Assert.That(problems, Is.Empty);
    }

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
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using var stream = new MemoryStream(document);
        using var reader = XmlReader.Create(stream, settings);
        while (reader.Read())
        {
        }

        return problems;
    }
}
