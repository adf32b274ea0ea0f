using System;
using System.IO;
using System.Text.Json;

namespace CrmEnablement.Cli.Sandbox;

/// <summary>JSON written straight to UTF-8 bytes.</summary>
internal static class JsonBytes
{
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            write(json);
        }

        return stream.ToArray();
    }
}
