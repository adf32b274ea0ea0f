using System.IO;
using System.Linq;
using CrmEnablement.Cli.IO;
using CrmEnablement.Cli.Packaging;
using CrmEnablement.Cli.Tests.TestSupport;

namespace CrmEnablement.Cli.Tests.Packaging;

public class SolutionMappingTests
{
    private const string Mapping = """
        <Mapping>
          <FileToFile map="PluginAssemblies/P-1/P.dll" to="../bin/$(Configuration)/net462/P.dll" />
          <FileToFile map="WebResources/cen_/panel.html" to="..\dist\cen_\panel.html" />
        </Mapping>
        """;

    [Test]
    public void Resolve_Entries_AreRelativeToTheSourceFolderWithTheConfiguration()
    {
        using var temp = new TempDirectory();
        var source = Directory.CreateDirectory(temp.PathOf("src")).FullName;

        var files = SolutionMapping.Resolve(temp.Write("map.xml", Mapping), source, "Release", null, null);

        Assert.That(files.Select(file => file.TreePath), Is.EqualTo(new[] { "PluginAssemblies/P-1/P.dll", "WebResources/cen_/panel.html" }));
        Assert.That(files[0].SourcePath, Is.EqualTo(Path.GetFullPath(Path.Combine(temp.Path, "bin", "Release", "net462", "P.dll"))));
        Assert.That(files[1].SourcePath, Is.EqualTo(Path.GetFullPath(Path.Combine(temp.Path, "dist", "cen_", "panel.html"))));
    }

    [Test]
    public void Resolve_Overrides_TakeWebResourcesByNameAndTheAssemblyAsGiven()
    {
        using var temp = new TempDirectory();

        var files = SolutionMapping.Resolve(temp.Write("map.xml", Mapping), temp.Path, "Debug", temp.PathOf("built"), temp.PathOf("my.dll"));

        Assert.That(files[0].SourcePath, Is.EqualTo(temp.PathOf("my.dll")));
        Assert.That(files[1].SourcePath, Is.EqualTo(Path.Combine(temp.PathOf("built"), "cen_", "panel.html")));
    }

    [Test]
    public void Resolve_UnknownDirective_ThrowsInputException()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("map.xml", "<Mapping><Folder map=\"x\" to=\"y\" /></Mapping>");

        var error = Assert.Throws<InputException>(() => SolutionMapping.Resolve(path, temp.Path, "Debug", null, null));

        Assert.That(error!.Problems, Is.EqualTo(new[] { CliMessages.PackMappingEntry(path, "Folder") }));
    }
}
