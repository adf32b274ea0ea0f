using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace CrmEnablement.Cli.Packaging;

/// <summary>
/// Writes a zip whose bytes depend only on its entries: given order, one fixed timestamp, no extra
/// fields, no host-specific attributes ("made by" MS-DOS, as every OS can read). ZipArchive stamps
/// the host OS and file permissions, so the same sources would give different zips on Windows and Linux.
/// </summary>
public static class DeterministicZipWriter
{
    /// <summary>Every entry's time: 2000-01-01 00:00 in MS-DOS format.</summary>
    public const ushort DosDate = ((2000 - 1980) << 9) | (1 << 5) | 1;
    public const ushort DosTime = 0;

    private const ushort Version = 20;
    private const ushort Deflate = 8;
    private const ushort Utf8Names = 1 << 11;

    /// <summary>The zip of <paramref name="entries"/> (name with '/' separators, content), in the given order.</summary>
    public static byte[] Write(IReadOnlyList<KeyValuePair<string, byte[]>> entries)
    {
        using var zip = new MemoryStream();
        using var writer = new BinaryWriter(zip, Encoding.UTF8, leaveOpen: true);
        var central = new MemoryStream();
        using var directory = new BinaryWriter(central, Encoding.UTF8, leaveOpen: true);
        foreach (var (name, content) in entries)
        {
            var nameBytes = Encoding.UTF8.GetBytes(name);
            var compressed = Compress(content);
            var crc = Crc32.Compute(content);
            var offset = (uint)zip.Position;

            writer.Write(0x04034b50u);
            Common(writer, nameBytes, compressed.Length, content.Length, crc);
            writer.Write((ushort)0);
            writer.Write(nameBytes);
            writer.Write(compressed);

            directory.Write(0x02014b50u);
            directory.Write(Version);
            Common(directory, nameBytes, compressed.Length, content.Length, crc);
            directory.Write((ushort)0);
            directory.Write((ushort)0);
            directory.Write((ushort)0);
            directory.Write((ushort)0);
            directory.Write(0u);
            directory.Write(offset);
            directory.Write(nameBytes);
        }

        directory.Flush();
        var directoryOffset = (uint)zip.Position;
        writer.Write(central.ToArray());
        writer.Write(0x06054b50u);
        writer.Write((ushort)0);
        writer.Write((ushort)0);
        writer.Write((ushort)entries.Count);
        writer.Write((ushort)entries.Count);
        writer.Write((uint)central.Length);
        writer.Write(directoryOffset);
        writer.Write((ushort)0);
        writer.Flush();
        return zip.ToArray();
    }

    private static void Common(BinaryWriter writer, byte[] name, int compressedLength, int length, uint crc)
    {
        writer.Write(Version);
        writer.Write(Utf8Names);
        writer.Write(Deflate);
        writer.Write(DosTime);
        writer.Write(DosDate);
        writer.Write(crc);
        writer.Write((uint)compressedLength);
        writer.Write((uint)length);
        writer.Write((ushort)name.Length);
    }

    private static byte[] Compress(byte[] content)
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(content, 0, content.Length);
        }

        return output.ToArray();
    }
}
