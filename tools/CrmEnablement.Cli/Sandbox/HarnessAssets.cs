using System;
using System.Collections.Generic;
using System.IO;

namespace CrmEnablement.Cli.Sandbox;

/// <summary>The harness's static pages, scripts and styles, embedded in <c>cen</c> (Sandbox/Assets).</summary>
internal static class HarnessAssets
{
    private const string Prefix = "CrmEnablement.Cli.Sandbox.Assets.";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".map"] = "application/json; charset=utf-8",
        [".resx"] = "text/xml; charset=utf-8",
    };

    /// <summary>The bytes of asset <paramref name="name"/>, or null when there is none.</summary>
    public static byte[]? Read(string name)
    {
        using var stream = typeof(HarnessAssets).Assembly.GetManifestResourceStream(Prefix + name);
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The content type of a file name by its extension.</summary>
    public static string ContentType(string name) =>
        ContentTypes.TryGetValue(Path.GetExtension(name), out var type) ? type : "application/octet-stream";
}
