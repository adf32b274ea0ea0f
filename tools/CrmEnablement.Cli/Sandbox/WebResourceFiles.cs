using System;
using System.IO;

namespace CrmEnablement.Cli.Sandbox;

/// <summary>
/// The built web resource (<c>WebResources/dist/</c>) served under <c>/webresources/</c>, read from
/// disk on every request so a rebuild shows on the next reload. Paths never leave the folder.
/// </summary>
internal sealed class WebResourceFiles
{
    private readonly string? _root;

    /// <param name="root">The dist folder, or null when the web resource is not built.</param>
    public WebResourceFiles(string? root)
    {
        _root = root is null ? null : Path.GetFullPath(root);
    }

    /// <summary>Whether the web resource was found.</summary>
    public bool IsBuilt => _root is not null && File.Exists(Path.Combine(_root, RepositoryFolders.SuggestionsPage));

    /// <summary>The full path of <paramref name="relative"/> in the folder, or null when it does not exist or lies outside.</summary>
    public string? Find(string relative)
    {
        if (_root is null || relative.Length == 0 || relative.Contains('\\', StringComparison.Ordinal))
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(_root, relative));
        var inside = path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return inside && File.Exists(path) ? path : null;
    }
}
