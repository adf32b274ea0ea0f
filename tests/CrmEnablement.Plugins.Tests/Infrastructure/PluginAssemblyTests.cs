using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace CrmEnablement.Plugins.Tests.Infrastructure;

/// <summary>What Dataverse requires of the assembly it loads: .NET Framework 4.6.2, strong-named.</summary>
public class PluginAssemblyTests
{
    [Test]
    public void Net462Build_IsStrongNamedWithTheRepositoryKey()
    {
        var built = Net462Builds();
        Assert.That(built, Is.Not.Empty, "the solution build makes the net462 plugin assembly");

        foreach (var path in built)
        {
            var token = AssemblyName.GetAssemblyName(path).GetPublicKeyToken();
            Assert.That(token, Is.Not.Null.And.Not.Empty, path);
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
        var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CrmEnablement.sln")))
        {
            folder = folder.Parent;
        }

        Assert.That(folder, Is.Not.Null, "the repository root");
        var bin = Path.Combine(folder!.FullName, "Plugins", "CrmEnablement.Plugins", "bin");
        return Directory.Exists(bin)
            ? Directory.GetFiles(bin, "CrmEnablement.Plugins.dll", SearchOption.AllDirectories).Where(path => path.Contains("net462", StringComparison.Ordinal)).ToArray()
            : Array.Empty<string>();
    }
}
