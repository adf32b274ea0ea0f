using System.IO;
using System.Reflection;
using CrmEnablement.Cli.IO;
using CrmEnablement.Cli.Packaging;
using CrmEnablement.Cli.Tests.Packaging.TestSupport;
using CrmEnablement.Cli.Tests.TestSupport;
using CrmEnablement.Plugins;

namespace CrmEnablement.Cli.Tests.Packaging;

public class PluginAssemblyReaderTests
{
    [Test]
    public void Read_SolutionBuild_IsTheStandInBuildWithEveryPluginType()
    {
        var info = PluginAssemblyReader.Read(RepositoryPaths.PluginAssembly);

        Assert.That(info.FullName, Is.EqualTo(AssemblyName.GetAssemblyName(RepositoryPaths.PluginAssembly).FullName));
        Assert.That(info.BuiltAgainstStandIn, Is.True, "these machines build against sdk/XrmStandIn");
        foreach (var entry in PluginCatalog.All)
        {
            Assert.That(info.PublicTypes, Does.Contain(entry.Plugin.FullName));
        }
    }

    [Test]
    public void Read_BuildAgainstMicrosoftsSdk_IsNotTheStandIn()
    {
        using var temp = new TempDirectory();
        var path = temp.PathOf("CrmEnablement.Plugins.dll");
        FakePluginAssembly.Write(path, AssemblyName.GetAssemblyName(RepositoryPaths.PluginAssembly), new[] { "Ns.Plugin" }, FakePluginAssembly.MicrosoftToken);

        var info = PluginAssemblyReader.Read(path);

        Assert.That(info.BuiltAgainstStandIn, Is.False);
        Assert.That(info.XrmSdkReference, Does.Contain("PublicKeyToken=31bf3856ad364e35"));
        Assert.That(info.PublicTypes, Is.EquivalentTo(new[] { "Ns.Plugin" }));
    }

    [Test]
    public void Read_NotAnAssembly_ThrowsInputException()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("plugin.dll", "not a PE file");

        var error = Assert.Throws<InputException>(() => PluginAssemblyReader.Read(path));

        Assert.That(error!.Problems, Is.EqualTo(new[] { CliMessages.PackNotAnAssembly(path) }));
    }
}
