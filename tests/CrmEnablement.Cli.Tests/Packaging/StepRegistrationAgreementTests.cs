using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CrmEnablement.Plugins;
using CrmEnablement.Cli.Packaging;
using CrmEnablement.Cli.Tests.Packaging.TestSupport;

namespace CrmEnablement.Cli.Tests.Packaging;

/// <summary>
/// The solution's step files are written by hand, like an export; the registrations declared in
/// code (PluginCatalog) are the truth, and this fixture fails the build when the two disagree.
/// </summary>
public class StepRegistrationAgreementTests
{
    private static readonly string Steps = Path.Combine(RepositoryPaths.Solution, "src", "SdkMessageProcessingSteps");

    [Test]
    public void StepFiles_EveryRegistrationInCode_HasExactlyOneMatchingFile()
    {
        var files = Directory.GetFiles(Steps, "*.xml").Select(path => XDocument.Load(path).Root!).ToList();

        Assert.That(files.Count, Is.EqualTo(PluginCatalog.Steps().Count()), "one file per registered step, none extra");
        foreach (var entry in PluginCatalog.Steps())
        {
            var step = entry.Step;
            var name = $"{entry.Plugin.FullName}: {step.Message} of {step.PrimaryEntity}";
            var file = files.SingleOrDefault(root => (string?)root.Attribute("Name") == name);
            Assert.That(file, Is.Not.Null, name);
            Assert.That(PluginTypeChecks.TypeName(file!.Element("PluginTypeName")!.Value), Is.EqualTo(entry.Plugin.FullName), name);
            Assert.That(file.Element("PrimaryEntity")!.Value, Is.EqualTo(step.PrimaryEntity), name);
            Assert.That(int.Parse(file.Element("Stage")!.Value), Is.EqualTo((int)step.Stage), name);
            Assert.That(int.Parse(file.Element("Mode")!.Value), Is.EqualTo((int)step.Mode), name);
            Assert.That(int.Parse(file.Element("Rank")!.Value), Is.EqualTo(step.Rank), name);
            Assert.That(file.Element("Description")!.Value, Is.EqualTo(step.Description), name);
            Assert.That(Split(file.Element("FilteringAttributes")!.Value), Is.EquivalentTo(step.FilteringAttributes), name);
            var images = file.Element("SdkMessageProcessingStepImages")!.Elements("SdkMessageProcessingStepImage").ToList();
            Assert.That(images.Select(image => (XmlFiles.Child(image, "EntityAlias"), XmlFiles.Child(image, "ImageType"), Split(XmlFiles.Child(image, "Attributes") ?? ""))),
                Is.EquivalentTo(step.Images.Select(image => ((string?)image.Alias, (string?)((int)image.Type).ToString(), image.Attributes.ToArray()))), name);
        }
    }

    [Test]
    public void StepFiles_KnownMessages_CarryThePlatformMessageId()
    {
        // The platform's ids for these messages are the same in every environment (seen in public exports).
        var known = new Dictionary<string, string>
        {
            ["Create"] = "9ebdbb1b-ea3e-db11-86a7-000a3a5473e8",
            ["Update"] = "20bebb1b-ea3e-db11-86a7-000a3a5473e8",
            ["Delete"] = "a1bdbb1b-ea3e-db11-86a7-000a3a5473e8",
        };
        foreach (var root in Directory.GetFiles(Steps, "*.xml").Select(path => XDocument.Load(path).Root!))
        {
            var message = ((string)root.Attribute("Name")!).Split(": ")[1].Split(' ')[0];
            Assert.That(XmlFiles.Child(root, "SdkMessageId"), Is.EqualTo(known.GetValueOrDefault(message)), (string)root.Attribute("Name")!);
        }
    }

    [Test]
    public void StepFiles_Images_NameTheMessagePropertyAndCarryTheirOwnId()
    {
        // Update and Delete images are taken of the Target; a Create's post-image of the new row's Id.
        var property = new Dictionary<string, string> { ["Create"] = "Id", ["Update"] = "Target", ["Delete"] = "Target" };
        foreach (var root in Directory.GetFiles(Steps, "*.xml").Select(path => XDocument.Load(path).Root!))
        {
            var name = (string)root.Attribute("Name")!;
            var message = name.Split(": ")[1].Split(' ')[0];
            foreach (var image in root.Element("SdkMessageProcessingStepImages")!.Elements("SdkMessageProcessingStepImage"))
            {
                Assert.That(XmlFiles.Child(image, "MessagePropertyName"), Is.EqualTo(property.GetValueOrDefault(message)), name);
                Assert.That((string?)image.Attribute("Name"), Is.EqualTo(XmlFiles.Child(image, "EntityAlias")), name);
                Assert.That(System.Guid.TryParse(XmlFiles.Child(image, "SdkMessageProcessingStepImageId"), out _), Is.True, name);
            }
        }
    }

    [Test]
    public void StepFiles_Ids_AreUniqueAndNameTheirFile()
    {
        var roots = Directory.GetFiles(Steps, "*.xml").Select(path => (path, root: XDocument.Load(path).Root!)).ToList();
        var ids = roots.Select(file => (string)file.root.Attribute("SdkMessageProcessingStepId")!)
            .Concat(roots.SelectMany(file => file.root.Descendants("SdkMessageProcessingStepImageId").Select(id => id.Value)))
            .Select(id => System.Guid.Parse(id))
            .ToList();

        Assert.That(ids, Is.Unique);
        Assert.That(roots.Where(file => Path.GetFileNameWithoutExtension(file.path) != (string)file.root.Attribute("SdkMessageProcessingStepId")!).Select(file => file.path), Is.Empty);
    }

    [Test]
    public void StepFiles_PluginTypeId_IsTheOneTheAssemblyDeclaresForThatType()
    {
        var declared = Directory.GetFiles(Path.Combine(RepositoryPaths.Solution, "src", "PluginAssemblies"), "*.data.xml", SearchOption.AllDirectories)
            .SelectMany(path => XDocument.Load(path).Descendants("PluginType"))
            .ToDictionary(type => (string)type.Attribute("Name")!, type => (string)type.Attribute("PluginTypeId")!);

        Assert.That(declared.Keys, Is.EquivalentTo(PluginCatalog.All.Select(entry => entry.Plugin.FullName).Distinct()), "one plugin type per plugin class");
        foreach (var root in Directory.GetFiles(Steps, "*.xml").Select(path => XDocument.Load(path).Root!))
        {
            var type = PluginTypeChecks.TypeName(XmlFiles.Child(root, "PluginTypeName")!);
            Assert.That(XmlFiles.Child(root, "PluginTypeId"), Is.EqualTo(declared.GetValueOrDefault(type)), (string)root.Attribute("Name")!);
        }
    }

    private static string[] Split(string list) => list.Split(',', System.StringSplitOptions.RemoveEmptyEntries | System.StringSplitOptions.TrimEntries);
}
