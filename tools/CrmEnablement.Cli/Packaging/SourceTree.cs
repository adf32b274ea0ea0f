using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CrmEnablement.Cli.Packaging;

/// <summary>
/// The unpacked solution as bytes by relative path ('/' separated, as in the zip), with the built
/// files the mapping brings in. Ordered ordinally, so everything derived from it is too.
/// </summary>
public sealed class SourceTree
{
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    /// <summary>Every path in the tree, in ordinal order.</summary>
    public IEnumerable<string> Paths => _files.Keys;

    /// <summary>Whether <paramref name="path"/> is in the tree.</summary>
    public bool Contains(string path) => _files.ContainsKey(path);

    /// <summary>The bytes at <paramref name="path"/>.</summary>
    /// <exception cref="KeyNotFoundException">The path is not in the tree.</exception>
    public byte[] Read(string path) => _files[path];

    /// <summary>Adds or replaces a file.</summary>
    public void Add(string path, byte[] bytes) => _files[Normalize(path)] = bytes;

    /// <summary>Takes a file out of the tree, if it is there.</summary>
    public void Remove(string path) => _files.Remove(Normalize(path));

    /// <summary>The paths under <paramref name="folder"/> (which ends with '/').</summary>
    public IEnumerable<string> Under(string folder) => _files.Keys.Where(path => path.StartsWith(folder, StringComparison.Ordinal));

    /// <summary>Reads every file under <paramref name="folder"/>.</summary>
    public static SourceTree FromFolder(string folder)
    {
        var tree = new SourceTree();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            tree.Add(Path.GetRelativePath(folder, file), File.ReadAllBytes(file));
        }

        return tree;
    }

    /// <summary>A path with '/' separators and no leading '/'.</summary>
    public static string Normalize(string path) => path.Replace('\\', '/').TrimStart('/');
}
