using System.IO;
using System.Linq;
using System.Xml.Linq;
using CrmEnablement.Cli.Packaging;
using System.Collections.Generic;
using CrmEnablement.Cli.Tests.Packaging.TestSupport;

namespace CrmEnablement.Cli.Tests.Packaging;

public class SolutionUnpackerTests
{
    [Test]
    public void Unpack_PackedZip_GivesBackTheSourceAndTheMappedFiles()
    {
        using var workspace = new SolutionWorkspace();
        var packed = workspace.PackOrFail();
        var expected = SourceTree.FromFolder(workspace.Source);
        foreach (var file in SolutionMapping.Resolve(Path.Combine(workspace.SolutionFolder, SolutionLayout.MappingFile), workspace.Source,
            RepositoryPaths.Configuration, workspace.WebResources, RepositoryPaths.PluginAssembly))
        {
            expected.Add(file.TreePath, File.ReadAllBytes(file.SourcePath));
        }

        var unpacked = SolutionUnpacker.Unpack(packed.UnmanagedPath);

        // The unmanaged zip is the source without its managed-only variants.
        Assert.That(unpacked.Paths, Is.EqualTo(expected.Paths.Where(path => !path.EndsWith(CustomizationsFolder.ManagedSuffix, System.StringComparison.Ordinal))));
        foreach (var path in unpacked.Paths)
        {
            Assert.That(Same(path, expected.Read(path), unpacked.Read(path)), Is.True, path);
        }
    }

    [Test]
    public void Unpack_ManagedZip_GivesBackTheManagedVariantOfTheStandardForm()
    {
        using var workspace = new SolutionWorkspace();
        var packed = workspace.PackOrFail();
        var variant = Directory.GetFiles(Path.Combine(workspace.Source, "Entities", "Opportunity", "FormXml", "main"), "*" + CustomizationsFolder.ManagedSuffix).Single();
        var formId = Path.GetFileName(variant).Substring(0, Path.GetFileName(variant).Length - CustomizationsFolder.ManagedSuffix.Length);

        var unpacked = SolutionUnpacker.Unpack(packed.ManagedPath);

        var back = XmlFiles.Load(unpacked.Read($"Entities/Opportunity/FormXml/main/{formId}.xml")).Root!;
        Assert.That(XNode.DeepEquals(XmlFiles.Load(File.ReadAllBytes(variant)).Root!, back), Is.True);
    }

    private static bool Same(string path, byte[] expected, byte[] actual)
    {
        if (!path.EndsWith(".xml") || path.StartsWith(SolutionLayout.CustomApisFolder) || path.StartsWith(SolutionLayout.EnvironmentVariablesFolder))
        {
            return expected.SequenceEqual(actual);
        }

        var source = XmlFiles.Load(expected).Root!;
        var back = XmlFiles.Load(actual).Root!;
        if (path == SolutionLayout.SolutionXml)
        {
            // The source holds both variants (Managed 2); a zip is one of them.
            source.Element("SolutionManifest")!.Element("Managed")!.Value = back.Element("SolutionManifest")!.Element("Managed")!.Value;
            var forms = back.Descendants("RootComponent").Select(root => (string?)root.Attribute("id")).ToHashSet();
            source.Descendants("RootComponent").Where(root => (int)root.Attribute("type")! == ComponentTypes.SystemForm && !forms.Contains((string?)root.Attribute("id"))).Remove();
        }

        return XNode.DeepEquals(source, back);
    }
}
