using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using CrmEnablement.Cli.Building;
using CrmEnablement.Cli.Packaging;
using CrmEnablement.Cli.Tests.Packaging.TestSupport;
using CrmEnablement.Cli.Tests.TestSupport;

namespace CrmEnablement.Cli.Tests.Packaging;

public class SolutionPackerTests
{
    [Test]
    public void Pack_SameSourcesTwice_ZipsAreByteIdentical()
    {
        using var workspace = new SolutionWorkspace();
        var first = workspace.PackOrFail();
        var firstBytes = (File.ReadAllBytes(first.UnmanagedPath), File.ReadAllBytes(first.ManagedPath));
        Directory.Delete(workspace.Output, recursive: true);

        var second = workspace.PackOrFail();

        Assert.That(File.ReadAllBytes(second.UnmanagedPath), Is.EqualTo(firstBytes.Item1));
        Assert.That(File.ReadAllBytes(second.ManagedPath), Is.EqualTo(firstBytes.Item2));
    }

    [Test]
    public void Pack_Sources_WritesTheFilesAnExportHolds()
    {
        using var workspace = new SolutionWorkspace();

        var names = workspace.PackOrFail().Unmanaged.Keys.ToList();

        Assert.That(names.Take(3), Is.EqualTo(new[] { "[Content_Types].xml", "customizations.xml", "solution.xml" }));
        Assert.That(names, Has.Some.Matches<string>(name => name.StartsWith("PluginAssemblies/CrmEnablementPlugins-") && name.EndsWith("/CrmEnablementPlugins.dll")));
        Assert.That(names.Count(name => name.StartsWith("WebResources/cen_opportunity")), Is.EqualTo(SolutionWorkspace.WebResourceFiles.Length));
        Assert.That(names, Does.Contain("customapis/cen_GetContentSuggestions/customapi.xml"));
        Assert.That(names, Does.Contain("environmentvariabledefinitions/cen_SuggestionSettings/environmentvariabledefinition.xml"));
        Assert.That(names, Does.Contain("environmentvariabledefinitions/cen_CatalogVersion/environmentvariabledefinition.xml"));
    }

    [Test]
    public void Pack_Sources_ManagedDiffersOnlyInManagedFlagCustomizabilityAndTheStandardFormChange()
    {
        using var workspace = new SolutionWorkspace();
        var packed = workspace.PackOrFail();

        var differing = packed.Unmanaged.Keys.Where(name => !packed.Unmanaged[name].SequenceEqual(packed.Managed[name])).ToList();
        Assert.That(packed.Managed.Keys, Is.EqualTo(packed.Unmanaged.Keys));
        Assert.That(differing, Is.EquivalentTo(new[] { "solution.xml", "customizations.xml" }));

        Assert.That(Managed(packed.SolutionXml()), Is.EqualTo("0"));
        Assert.That(Managed(packed.SolutionXml(managed: true)), Is.EqualTo("1"));
        var managed = packed.Customizations(managed: true);
        Assert.That(managed.Element("WebResources")!.Elements("WebResource").Select(resource => resource.Element("IsCustomizable")!.Value), Is.All.EqualTo("0"));
        var steps = managed.Element("SdkMessageProcessingSteps")!.Elements("SdkMessageProcessingStep").ToList();
        Assert.That(steps, Is.Not.Empty);
        Assert.That(steps.Select(step => step.Element("IsCustomizable")!.Value), Is.All.EqualTo("0"));
        Assert.That(packed.Customizations().Element("SdkMessageProcessingSteps")!.Elements("SdkMessageProcessingStep").Select(step => step.Element("IsCustomizable")!.Value),
            Is.All.EqualTo("1"), "a development environment may still change them");
        var standardForm = managed.Descendants("systemform").Where(form => form.Element("formid")!.Value == StandardOpportunityForm).ToList();
        Assert.That(standardForm, Has.Count.EqualTo(1), "the managed zip adds the panel to the out-of-the-box opportunity form");
        Assert.That(packed.Customizations().Descendants("systemform").Select(form => form.Element("formid")!.Value), Does.Not.Contain(StandardOpportunityForm));
        Assert.That(RootIds(packed.SolutionXml(managed: true)).Except(RootIds(packed.SolutionXml())), Is.EqualTo(new[] { StandardOpportunityForm }));
        standardForm.Remove();
        ManagedVariant.Apply(managed);
        var unmanaged = packed.Customizations();
        ManagedVariant.Apply(unmanaged);
        Assert.That(XNode.DeepEquals(unmanaged, managed), Is.True, "nothing else differs");
    }

    private const string StandardOpportunityForm = "{a837e4a7-01b8-4f82-a475-be9abd67e667}";

    private static System.Collections.Generic.IEnumerable<string> RootIds(XElement solution) =>
        solution.Descendants("RootComponent").Select(root => (string?)root.Attribute("id")).OfType<string>();

    [Test]
    public void Pack_Version_StampsBothManifests()
    {
        using var workspace = new SolutionWorkspace();

        var packed = workspace.PackOrFail("--version", "2.3.4.5");

        Assert.That(packed.SolutionXml().Element("SolutionManifest")!.Element("Version")!.Value, Is.EqualTo("2.3.4.5"));
        Assert.That(packed.SolutionXml(managed: true).Element("SolutionManifest")!.Element("Version")!.Value, Is.EqualTo("2.3.4.5"));
    }

    [Test]
    public void Pack_VersionNotFourParts_RefusesWithExit2()
    {
        using var workspace = new SolutionWorkspace();

        var result = workspace.Pack(true, "--version", "1.2");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Does.Contain(CliMessages.PackBadVersion("1.2")));
    }

    [Test]
    public void Pack_StandInAssemblyWithoutFlag_RefusesAndWritesNothing()
    {
        using var workspace = new SolutionWorkspace();

        var result = workspace.Pack(allowStandIn: false);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Does.Contain(CliMessages.PackStandIn(RepositoryPaths.PluginAssembly)));
        Assert.That(Directory.Exists(workspace.Output), Is.False);
    }

    [Test]
    public void Pack_StandInAllowed_NamesTheZipsStandIn()
    {
        using var workspace = new SolutionWorkspace();

        var result = workspace.Pack();

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.OutLines, Is.EqualTo(new[] { CliMessages.PackWritten(workspace.UnmanagedZip), CliMessages.PackWritten(workspace.ManagedZip) }));
        Assert.That(result.ErrorLines, Does.Contain(CliMessages.PackStandInWritten));
    }

    [Test]
    public void Pack_AssemblyBuiltAgainstMicrosoftSdk_NamesTheZipsPlainly()
    {
        using var workspace = new SolutionWorkspace();
        var assembly = Path.Combine(workspace.Output + "-build", "CrmEnablement.Plugins.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(assembly)!);
        FakePluginAssembly.Write(assembly, AssemblyName.GetAssemblyName(RepositoryPaths.PluginAssembly),
            PluginAssemblyReader.Read(RepositoryPaths.PluginAssembly).PublicTypes, FakePluginAssembly.MicrosoftToken);

        var result = workspace.Pack(false, "--assembly", assembly);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(File.Exists(Path.Combine(workspace.Output, "CrmEnablement.zip")), Is.True);
        Assert.That(File.Exists(Path.Combine(workspace.Output, "CrmEnablement_managed.zip")), Is.True);
        Assert.That(result.ErrorLines, Does.Not.Contain(CliMessages.PackStandInWritten));
    }

    [Test]
    public void Pack_WebResourceNotBuilt_RefusesNamingTheFileAndTheBuild()
    {
        using var workspace = new SolutionWorkspace();
        var missing = Path.Combine(workspace.WebResources, "cen_", "opportunity", "suggestions.js");
        File.Delete(missing);

        var result = workspace.Pack();

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Does.Contain(CliMessages.PackMissingBuildOutput("WebResources/cen_/opportunity/suggestions.js", missing, CliMessages.PackBuildWebResourcesHint)));
    }

    [Test]
    public void Pack_WebResourcesNotBuiltInTheRepository_BuildsThemFirst()
    {
        using var workspace = new SolutionWorkspace();
        // npm ci refuses a package without a lock file, quickly and without the network.
        Directory.CreateDirectory(Path.Combine(workspace.Root, "WebResources"));
        File.WriteAllText(Path.Combine(workspace.Root, "WebResources", "package.json"), "{ \"name\": \"broken\", \"version\": \"1.0.0\" }");

        var result = CliRunner.Run("pack", "--source", workspace.SolutionFolder, "--output", workspace.Output, "--allow-standin", "--assembly", RepositoryPaths.PluginAssembly);

        Assert.That(result.Error, Does.Contain(CliMessages.BuildingWebResource(WebResourceBuilder.Steps[0])));
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput), "the build failed, so the output is still missing");
        Assert.That(result.Error, Does.Contain(CliMessages.PackBuildWebResourcesHint));
    }

    [Test]
    public void Pack_NoBuild_RefusesWithoutBuilding()
    {
        using var workspace = new SolutionWorkspace();
        Directory.CreateDirectory(Path.Combine(workspace.Root, "WebResources"));
        File.WriteAllText(Path.Combine(workspace.Root, "WebResources", "package.json"), "{ \"name\": \"broken\", \"version\": \"1.0.0\" }");

        var result = CliRunner.Run("pack", "--source", workspace.SolutionFolder, "--output", workspace.Output, "--allow-standin", "--assembly", RepositoryPaths.PluginAssembly, "--no-build");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error, Does.Not.Contain(CliMessages.BuildingWebResource(WebResourceBuilder.Steps[0])));
    }

    [Test]
    public void Pack_AssemblyMissing_RefusesWithTheBuildCommand()
    {
        using var workspace = new SolutionWorkspace();
        var missing = Path.Combine(workspace.Output + "-nothing", "CrmEnablement.Plugins.dll");

        var result = workspace.Pack(true, "--assembly", missing);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error, Does.Contain(CliMessages.PackBuildPluginsHint(RepositoryPaths.Configuration)));
    }

    [Test]
    public void Pack_StepNamesAPluginTypeTheAssemblyLacks_Refuses()
    {
        using var workspace = new SolutionWorkspace();
        var step = workspace.Find("SdkMessageProcessingSteps", root => true);
        workspace.Edit(step, root => root.Element("PluginTypeName")!.Value = root.Element("PluginTypeName")!.Value.Replace("Plugin,", "PluginGone,"));
        var type = XDocument.Load(step).Root!.Element("PluginTypeName")!.Value.Split(',')[0];

        var result = workspace.Pack();

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Does.Contain(CliMessages.PackMissingPluginType(Relative(workspace, step), type, RepositoryPaths.PluginAssembly)));
    }

    [Test]
    public void Pack_ViewASubgridShowsDeleted_RefusesNamingTheFormAndTheView()
    {
        using var workspace = new SolutionWorkspace();
        var form = workspace.Find(Path.Combine("Entities", "cen_EnablementContent", "FormXml"), root => root.Descendants("ViewId").Any());
        var view = XDocument.Load(form).Root!.Descendants("ViewId").First().Value;
        File.Delete(Directory.GetFiles(workspace.Source, view + ".xml", SearchOption.AllDirectories).Single());

        var result = workspace.Pack();

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Does.Contain(CliMessages.PackMissingReference(Relative(workspace, form), "view", view)));
        Assert.That(File.Exists(workspace.UnmanagedZip), Is.False, "nothing is written");
    }

    [Test]
    public void Pack_ChoiceValueOutsidePublisherRange_Refuses()
    {
        using var workspace = new SolutionWorkspace();
        var choice = Path.Combine(workspace.Source, "OptionSets", "cen_medium.xml");
        workspace.Edit(choice, root => root.Descendants("option").First().SetAttributeValue("value", 100000000));

        var result = workspace.Pack();

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Does.Contain(CliMessages.PackOptionOutOfRange("OptionSets/cen_medium.xml", "cen_medium", 100000000, 103720000, 103729999)));
    }

    [Test]
    public void Pack_NameWithoutPublisherPrefix_Refuses()
    {
        using var workspace = new SolutionWorkspace();
        var choice = Path.Combine(workspace.Source, "OptionSets", "cen_medium.xml");
        workspace.Edit(choice, root => root.SetAttributeValue("Name", "new_medium"));

        var result = workspace.Pack();

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Does.Contain(CliMessages.PackNameWithoutPrefix("OptionSets/cen_medium.xml", "choice", "new_medium", "cen_")));
    }

    [Test]
    public void Pack_NotASolutionFolder_RefusesWithExit2()
    {
        using var workspace = new SolutionWorkspace();

        var result = Tests.TestSupport.CliRunner.Run("pack", "--source", workspace.WebResources, "--output", workspace.Output);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Does.Contain(CliMessages.PackNoSource(workspace.WebResources)));
    }

    private static string? Managed(XElement solution) => solution.Element("SolutionManifest")!.Element("Managed")?.Value;

    private static string Relative(SolutionWorkspace workspace, string path) => Path.GetRelativePath(workspace.Source, path).Replace('\\', '/');
}
