using System.Linq;
using System.Text;
using System.Xml.Linq;
using CrmEnablement.Cli.Packaging;

namespace CrmEnablement.Cli.Tests.Packaging;

public class ContentTypesTests
{
    [Test]
    public void For_Entries_DefaultPerExtensionAndOverridePerExtensionlessPart()
    {
        var bytes = ContentTypes.For(new[] { "customizations.xml", "PluginAssemblies/A-1/A.dll", "WebResources/cen_panelhtml0A1B" });

        Assert.That(bytes.Take(3), Is.EqualTo(Encoding.UTF8.GetPreamble()));
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.That(text, Does.StartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><Types").And.Not.Contain("\n"));
        var root = XDocument.Parse(text).Root!;
        XNamespace types = "http://schemas.openxmlformats.org/package/2006/content-types";
        Assert.That(root.Elements(types + "Default").Select(element => (string)element.Attribute("Extension")!), Is.EqualTo(new[] { "dll", "xml" }));
        Assert.That(root.Elements(types + "Override").Select(element => (string)element.Attribute("PartName")!), Is.EqualTo(new[] { "/WebResources/cen_panelhtml0A1B" }));
        Assert.That(root.Elements().Select(element => (string)element.Attribute("ContentType")!), Is.All.EqualTo("application/octet-stream"));
    }
}
