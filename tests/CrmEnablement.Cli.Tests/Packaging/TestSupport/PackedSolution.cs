using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace CrmEnablement.Cli.Tests.Packaging.TestSupport;

/// <summary>The two zips one pack wrote, read back.</summary>
internal sealed record PackedSolution(string UnmanagedPath, string ManagedPath)
{
    public IReadOnlyDictionary<string, byte[]> Unmanaged => Entries(UnmanagedPath);

    public IReadOnlyDictionary<string, byte[]> Managed => Entries(ManagedPath);

    public XElement Customizations(bool managed = false) => Xml(managed ? Managed : Unmanaged, "customizations.xml");

    public XElement SolutionXml(bool managed = false) => Xml(managed ? Managed : Unmanaged, "solution.xml");

    public static XElement Xml(IReadOnlyDictionary<string, byte[]> entries, string name)
    {
        using var stream = new MemoryStream(entries[name]);
        return XDocument.Load(stream).Root!;
    }

    public static IReadOnlyDictionary<string, byte[]> Entries(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        return zip.Entries.ToDictionary(entry => entry.FullName, entry =>
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }, StringComparer.Ordinal);
    }
}
