using System;
using System.IO;
using System.Linq;
using System.Reflection;
using CrmEnablement.Plugins.Tests.TestSupport;

namespace CrmEnablement.Plugins.Tests.Infrastructure;

/// <summary>What Dataverse requires of the assembly it loads: .NET Framework 4.6.2, strong-named.</summary>
public class PluginAssemblyTests
{
    [Test]
    public void Net462Build_IsStrongNamedWithTheRepositoryKey()
    {
        var built = Net462Builds();
        Assert.That(built, Is.Not.Empty, "the solution build makes the net462 plugin assembly");
        var keyFile = Path.Combine(RepositoryRoot(), "Plugins", "CrmEnablement.Plugins", "CrmEnablement.Plugins.snk");
        var expected = StrongNameKeyFile.PublicKeyToken(File.ReadAllBytes(keyFile));

        foreach (var path in built)
        {
            Assert.That(AssemblyName.GetAssemblyName(path).GetPublicKeyToken(), Is.EqualTo(expected), path);
        }
    }

    [Test]
    public void Net462Build_CarriesTheEngineInside()
    {
        // One file to register: the engine is compiled in, not a second assembly to deploy.
        foreach (var path in Net462Builds())
        {
            Assert.That(File.Exists(Path.Combine(Path.GetDirectoryName(path)!, "CrmEnablement.Engine.dll")), Is.False, path);
        }
    }

    private static string[] Net462Builds()
    {
        var bin = Path.Combine(RepositoryRoot(), "Plugins", "CrmEnablement.Plugins", "bin");
        return Directory.Exists(bin)
            ? Directory.GetFiles(bin, "CrmEnablement.Plugins.dll", SearchOption.AllDirectories).Where(path => path.Contains("net462", StringComparison.Ordinal)).ToArray()
            : Array.Empty<string>();
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CrmEnablement.sln")))
        {
            folder = folder.Parent;
        }

        Assert.That(folder, Is.Not.Null, "the repository root");
        return folder!.FullName;
    }
}
