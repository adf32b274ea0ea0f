using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Cli.Packaging;
using CrmEnablement.Cli.Tests.Packaging.TestSupport;

namespace CrmEnablement.Cli.Tests.Packaging;

public class PluginTypeChecksTests
{
    private static readonly PluginAssemblyInfo Built = PluginAssemblyReader.Read(RepositoryPaths.PluginAssembly);

    [Test]
    public void Check_RepositorySourceAndBuild_FindsNothingWhenStandInIsAllowed()
    {
        Assert.That(PluginTypeChecks.Check(SourceTrees.Repository(), Built, "built.dll", allowStandIn: true), Is.Empty);
    }

    [Test]
    public void Check_BuildWithAnotherIdentity_SaysWhichDiffers()
    {
        var tree = SourceTrees.Repository();
        var data = tree.Under("PluginAssemblies/").Single(path => path.EndsWith(".data.xml"));
        var other = Built with { FullName = "CrmEnablement.Plugins, Version=2.0.0.0, Culture=neutral, PublicKeyToken=20acc6431465fc36" };

        var problems = PluginTypeChecks.Check(tree, other, "built.dll", allowStandIn: true).ToList();

        Assert.That(problems, Is.EqualTo(new[] { CliMessages.PackAssemblyIdentity(data, Built.FullName, other.FullName) }));
    }

    [Test]
    public void Check_AssemblyWithoutTheSdk_IsNotThePluginAssembly()
    {
        var other = Built with { XrmSdkReference = null, BuiltAgainstStandIn = false, PublicTypes = new HashSet<string>(Built.PublicTypes) };

        Assert.That(PluginTypeChecks.Check(SourceTrees.Repository(), other, "built.dll", allowStandIn: false),
            Is.EqualTo(new[] { CliMessages.PackNotAPluginAssembly("built.dll") }));
    }

    [TestCase("CrmEnablement.Plugins.Steps.StampOutcomePlugin, CrmEnablement.Plugins, Version=1.0.0.0", "CrmEnablement.Plugins.Steps.StampOutcomePlugin")]
    [TestCase("Ns.Type", "Ns.Type")]
    public void TypeName_AssemblyQualifiedName_IsTheTypesFullName(string qualified, string expected)
    {
        Assert.That(PluginTypeChecks.TypeName(qualified), Is.EqualTo(expected));
    }
}
