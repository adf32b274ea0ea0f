using System.IO;
using System.Linq;
using System.Xml.Linq;
using CrmEnablement.Cli.Packaging;
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

        Assert.That(unpacked.Paths, Is.EqualTo(expected.Paths));
        foreach (var path in expected.Paths)
        {
            Assert.That(Same(path, expected.Read(path), unpacked.Read(path)), Is.True, path);
        }
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
        }

        return XNode.DeepEquals(source, back);
    }
}
