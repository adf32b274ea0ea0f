using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CrmEnablement.Cli.Packaging;
using CrmEnablement.Cli.Tests.Packaging.TestSupport;

namespace CrmEnablement.Cli.Tests.Packaging;

public class SolutionManifestTests
{
    private static readonly string Source = Path.Combine(RepositoryPaths.Solution, "src");

    private static SolutionManifest Manifest => new(SourceTree.FromFolder(Source));

    [Test]
    public void Publisher_Source_IsCenWithAPrefixInRange()
    {
        Assert.That(Manifest.UniqueName, Is.EqualTo("CrmEnablement"));
        Assert.That(Manifest.Prefix, Is.EqualTo("cen"));
        Assert.That(Manifest.OptionValuePrefix, Is.InRange(10000, 99999));
        Assert.That(Manifest.OptionValuePrefix, Is.EqualTo(Engine.Vocabularies.DefaultVocabularies.OptionValuePrefix));
        Assert.That(Manifest.Version.Split('.'), Has.Length.EqualTo(4));
    }

    [Test]
    public void RootComponents_Source_ListEveryComponentOfTheTree()
    {
        var roots = Manifest.RootComponents;

        Assert.That(Names(roots, ComponentTypes.Table), Is.EquivalentTo(Directory.GetDirectories(Path.Combine(Source, "Entities")).Select(folder => Path.GetFileName(folder).ToLowerInvariant())));
        Assert.That(roots.Where(root => root.Type == ComponentTypes.Table && root.Behavior == 0).Select(root => root.SchemaName), Is.All.StartsWith("cen_"),
            "only our own tables travel whole; opportunity and contact carry just our columns and form");
        Assert.That(Names(roots, ComponentTypes.Choice), Is.EquivalentTo(Files("OptionSets", "*.xml").Select(path => Root(path).Attribute("Name")!.Value)));
        Assert.That(Ids(roots, ComponentTypes.SecurityRole), Is.EquivalentTo(Files("Roles", "*.xml").Select(path => Root(path).Attribute("id")!.Value)));
        Assert.That(Names(roots, ComponentTypes.WebResource), Is.EquivalentTo(Files("WebResources", "*.data.xml").Select(path => Root(path).Element("Name")!.Value)));
        Assert.That(Ids(roots, ComponentTypes.PluginAssembly), Is.EquivalentTo(Files("PluginAssemblies", "*.data.xml").Select(path => "{" + Root(path).Attribute("PluginAssemblyId")!.Value + "}")));
        Assert.That(Ids(roots, ComponentTypes.Step), Is.EquivalentTo(Files("SdkMessageProcessingSteps", "*.xml").Select(path => Root(path).Attribute("SdkMessageProcessingStepId")!.Value)));
        Assert.That(Names(roots, ComponentTypes.EnvironmentVariable), Is.EquivalentTo(Directory.GetDirectories(Path.Combine(Source, "environmentvariabledefinitions")).Select(Path.GetFileName)));
        Assert.That(Ids(roots, ComponentTypes.SystemForm), Is.EquivalentTo(Files(Path.Combine("Entities", "Opportunity", "FormXml"), "*.xml").Select(path => Root(path).Element("systemform")!.Element("formid")!.Value)));
        Assert.That(roots, Is.Ordered.By(nameof(RootComponent.Type)));
    }

    [Test]
    public void ForZip_Managed_SetsFlagAndVersionOnly()
    {
        var zip = XDocument.Parse(System.Text.Encoding.UTF8.GetString(Manifest.ForZip("9.8.7.6", managed: true, Folded(managed: true)))).Root!;
        var source = XDocument.Load(Path.Combine(Source, "Other", "Solution.xml")).Root!;

        Assert.That(zip.Element("SolutionManifest")!.Element("Managed")!.Value, Is.EqualTo("1"));
        Assert.That(zip.Element("SolutionManifest")!.Element("Version")!.Value, Is.EqualTo("9.8.7.6"));
        source.Element("SolutionManifest")!.Element("Managed")!.Value = "1";
        source.Element("SolutionManifest")!.Element("Version")!.Value = "9.8.7.6";
        Assert.That(XNode.DeepEquals(zip, source), Is.True);
        Assert.That(Manifest.ForZip("1.0.0.0", managed: false, Folded(managed: false)).Take(1), Is.EqualTo(new[] { (byte)'<' }), "no BOM, no declaration in the zip");
    }

    [Test]
    public void ForZip_Unmanaged_LeavesOutTheRootOfAFormWithOnlyAManagedVariant()
    {
        var zip = XDocument.Parse(System.Text.Encoding.UTF8.GetString(Manifest.ForZip("1.0.0.0", managed: false, Folded(managed: false)))).Root!;

        var forms = zip.Descendants("RootComponent").Where(root => (int)root.Attribute("type")! == ComponentTypes.SystemForm).Select(root => (string)root.Attribute("id")!);
        Assert.That(forms, Is.EqualTo(new[] { "{4f2d8cb5-41cc-59d1-8f85-4fd5f8139a2c}" }), "the out-of-the-box opportunity form's change is managed only");
    }

    private static XElement Folded(bool managed) => CustomizationsFolder.Fold(SourceTree.FromFolder(Source), managed);

    private static string[] Names(System.Collections.Generic.IEnumerable<RootComponent> roots, int type) =>
        roots.Where(root => root.Type == type).Select(root => root.SchemaName!).ToArray();

    private static string[] Ids(System.Collections.Generic.IEnumerable<RootComponent> roots, int type) =>
        roots.Where(root => root.Type == type).Select(root => root.Id!).ToArray();

    private static string[] Files(string folder, string pattern) =>
        Directory.GetFiles(Path.Combine(Source, folder), pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();

    private static XElement Root(string path) => XDocument.Load(path).Root!;
}
