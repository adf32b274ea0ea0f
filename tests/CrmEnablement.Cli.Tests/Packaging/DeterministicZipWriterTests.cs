using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using CrmEnablement.Cli.Packaging;

namespace CrmEnablement.Cli.Tests.Packaging;

public class DeterministicZipWriterTests
{
    private static readonly List<KeyValuePair<string, byte[]>> Entries = new()
    {
        new("b.xml", Encoding.UTF8.GetBytes("<b>second</b>")),
        new("a/c.txt", Encoding.UTF8.GetBytes(new string('x', 5000))),
        new("empty", Array.Empty<byte>()),
    };

    [Test]
    public void Write_SameEntries_SameBytes()
    {
        Assert.That(DeterministicZipWriter.Write(Entries), Is.EqualTo(DeterministicZipWriter.Write(Entries)));
    }

    [Test]
    public void Write_Entries_AreReadableInOrderWithTheFixedTime()
    {
        using var zip = new ZipArchive(new MemoryStream(DeterministicZipWriter.Write(Entries)));

        Assert.That(zip.Entries.Select(entry => entry.FullName), Is.EqualTo(Entries.Select(entry => entry.Key)));
        foreach (var (entry, expected) in zip.Entries.Zip(Entries))
        {
            using var stream = entry.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.That(copy.ToArray(), Is.EqualTo(expected.Value), entry.FullName);
            Assert.That(entry.LastWriteTime.DateTime, Is.EqualTo(new DateTime(2000, 1, 1)), entry.FullName);
            Assert.That(entry.ExternalAttributes, Is.Zero, entry.FullName);
        }
    }
}
