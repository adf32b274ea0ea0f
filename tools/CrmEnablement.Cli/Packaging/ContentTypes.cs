using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;

namespace CrmEnablement.Cli.Packaging;

/// <summary>
/// <c>[Content_Types].xml</c>, which pack writes and unpacked trees never hold (schemas/SHAPES.md §2):
/// one line, UTF-8 with BOM, a <c>Default</c> per file extension in the zip and an <c>Override</c> per
/// extensionless part (web resource content), all <c>application/octet-stream</c>.
/// </summary>
public static class ContentTypes
{
    private const string ContentType = "application/octet-stream";
    private static readonly XNamespace Types = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <summary>The part for a zip holding <paramref name="entryNames"/>.</summary>
    public static byte[] For(IEnumerable<string> entryNames)
    {
        var names = entryNames.ToList();
        var extensions = names.Select(Path.GetExtension).Where(extension => !string.IsNullOrEmpty(extension))
            .Select(extension => extension!.TrimStart('.').ToLowerInvariant()).Append("xml").Distinct().OrderBy(extension => extension, StringComparer.Ordinal);
        var root = new XElement(Types + "Types",
            extensions.Select(extension => new XElement(Types + "Default", new XAttribute("Extension", extension), new XAttribute("ContentType", ContentType))),
            names.Where(name => Path.GetExtension(name).Length == 0)
                .Select(name => new XElement(Types + "Override", new XAttribute("PartName", "/" + name), new XAttribute("ContentType", ContentType))));
        var text = "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + root.ToString(SaveOptions.DisableFormatting);
        return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
    }
}
