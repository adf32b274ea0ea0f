using System.IO;
using System.IO.Compression;

namespace CrmEnablement.PanelBenchmarks;

/// <summary>The size of the built suggestions.js as shipped and gzipped (what a browser downloads).</summary>
internal sealed record BundleSize(string Path, long Bytes, long GzipBytes)
{
    /// <summary>The bundle's file, relative to WebResources/dist.</summary>
    public static readonly string RelativePath = System.IO.Path.Combine("cen_", "opportunity", "suggestions.js");

    /// <summary>Measures the bundle in <paramref name="dist"/>.</summary>
    public static BundleSize Of(string dist)
    {
        var path = System.IO.Path.Combine(dist, RelativePath);
        var bytes = File.ReadAllBytes(path);
        using var compressed = new MemoryStream();
        // Optimal is zlib's default level, as the build script's gzipSync; .NET's zlib-ng may differ from Node's zlib by under 1%.
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return new BundleSize(path, bytes.Length, compressed.Length);
    }
}
