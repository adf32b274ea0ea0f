using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;

namespace CrmEnablement.Cli.Packaging;

/// <summary>The facts pack needs from <c>Other/Solution.xml</c>, and the edits it makes to it.</summary>
public sealed class SolutionManifest
{
    private readonly XElement _root;

    /// <summary>Reads the manifest of <paramref name="tree"/>.</summary>
    public SolutionManifest(SourceTree tree)
    {
        _root = XmlFiles.Root(tree, SolutionLayout.SolutionXml);
    }

    private XElement Manifest => _root.Element("SolutionManifest")!;

    private XElement Publisher => Manifest.Element("Publisher")!;

    /// <summary>The solution's unique name, which names the zips.</summary>
    public string UniqueName => Manifest.Element("UniqueName")!.Value;

    /// <summary>The four-part version in the source.</summary>
    public string Version => Manifest.Element("Version")!.Value;

    /// <summary>The publisher's customization prefix, e.g. "cen".</summary>
    public string Prefix => Publisher.Element("CustomizationPrefix")!.Value;

    /// <summary>The publisher's option value prefix (10000–99999).</summary>
    public int OptionValuePrefix => int.Parse(Publisher.Element("CustomizationOptionValuePrefix")!.Value, CultureInfo.InvariantCulture);

    /// <summary>Every root component as (type, schemaName or id, behavior).</summary>
    public IReadOnlyList<RootComponent> RootComponents => Manifest.Element("RootComponents")!.Elements("RootComponent")
        .Select(component => new RootComponent(
            (int)component.Attribute("type")!,
            (string?)component.Attribute("schemaName"),
            (string?)component.Attribute("id"),
            (int?)component.Attribute("behavior") ?? 0))
        .ToList();

    /// <summary>
    /// The manifest as the zip carries it: <paramref name="version"/>, managed or not, no BOM or declaration,
    /// and only the form root components whose forms <paramref name="customizations"/> holds.
    /// </summary>
    public byte[] ForZip(string version, bool managed, XElement customizations)
    {
        var copy = new XElement(_root);
        var manifest = copy.Element("SolutionManifest")!;
        manifest.Element("Version")!.Value = version;
        manifest.Element("Managed")!.Value = managed ? "1" : "0";

        // A form with only a managed variant is not in the unmanaged package, so neither is its root component.
        var forms = new HashSet<string>(customizations.Descendants("systemform").Select(form => form.Element("formid")!.Value.Trim('{', '}')), System.StringComparer.OrdinalIgnoreCase);
        manifest.Element("RootComponents")!.Elements("RootComponent")
            .Where(component => (int)component.Attribute("type")! == ComponentTypes.SystemForm && !forms.Contains(((string?)component.Attribute("id") ?? "").Trim('{', '}')))
            .Remove();
        return XmlFiles.Write(copy, declaration: false);
    }
}
