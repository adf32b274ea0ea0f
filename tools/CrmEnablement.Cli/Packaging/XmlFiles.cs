using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using CrmEnablement.Cli.IO;

namespace CrmEnablement.Cli.Packaging;

/// <summary>Reads and writes solution XML the way exports format it: two-space indent, LF line ends.</summary>
public static class XmlFiles
{
    /// <summary>The namespace real exports declare on every root (for <c>xsi:nil</c>).</summary>
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Parses a file's bytes; whitespace between elements is not kept.</summary>
    /// <exception cref="XmlException">The bytes are not well-formed XML.</exception>
    public static XDocument Load(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return XDocument.Load(stream, LoadOptions.None);
    }

    /// <summary>The root element of the file at <paramref name="path"/> in <paramref name="tree"/>.</summary>
    /// <exception cref="InputException">The file is not well-formed XML.</exception>
    public static XElement Root(SourceTree tree, string path)
    {
        try
        {
            return Load(tree.Read(path)).Root!;
        }
        catch (XmlException error)
        {
            throw new InputException(CliMessages.PackMalformedXml(path, error.Message));
        }
    }

    /// <summary>
    /// Writes <paramref name="root"/>: with <paramref name="declaration"/> as an unpacked file is
    /// (UTF-8 BOM, XML declaration), otherwise as the zip's parts are (neither).
    /// </summary>
    public static byte[] Write(XElement root, bool declaration)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: declaration),
            OmitXmlDeclaration = !declaration,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            root.WriteTo(writer);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>A copy of a file's root without its namespace declarations, to sit inside another document.</summary>
    public static XElement Detached(XElement root)
    {
        var copy = new XElement(root);
        copy.Attributes().Where(attribute => attribute.IsNamespaceDeclaration).Remove();
        return copy;
    }

    /// <summary>A copy of <paramref name="element"/> as the root of a file of its own, declaring <c>xsi</c>.</summary>
    public static XElement AsFileRoot(XElement element)
    {
        var copy = new XElement(element);
        copy.Attributes().Where(attribute => attribute.IsNamespaceDeclaration).Remove();
        copy.Add(new XAttribute(XNamespace.Xmlns + "xsi", Xsi.NamespaceName));
        return copy;
    }

    /// <summary>The text of a child element, or null.</summary>
    public static string? Child(XElement element, string name) => element.Element(name)?.Value;
}
