namespace CrmEnablement.Cli.Packaging;

/// <summary>The CRC-32 (IEEE 802.3) a zip entry records; the framework keeps its own internal.</summary>
public static class Crc32
{
    private static readonly uint[] Table = BuildTable();

    /// <summary>The checksum of <paramref name="bytes"/>.</summary>
    public static uint Compute(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
