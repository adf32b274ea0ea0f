using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace CrmEnablement.Cli.Sandbox;

/// <summary>
/// Finds the repository's folders the sandbox needs (<c>samples/</c>, <c>WebResources/dist/</c>)
/// from the current folder or from where <c>cen</c> runs, looking in each folder and its parents.
/// </summary>
public static class RepositoryFolders
{
    /// <summary>The sample files' folder.</summary>
    public const string Samples = "samples";

    /// <summary>The built web resource, relative to the repository root.</summary>
    public static readonly string WebResourcesDist = Path.Combine("WebResources", "dist");

    /// <summary>The web resource's source folder (it holds package.json), built on first run when dist is missing.</summary>
    public const string WebResourcesSource = "WebResources";

    /// <summary>The file that marks a built web resource.</summary>
    public static readonly string SuggestionsPage = Path.Combine("cen_", "opportunity", "suggestions.html");

    /// <summary>Where the search starts: the current folder, then cen's own folder.</summary>
    public static IReadOnlyList<string> Starts() =>
        new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory }.Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// The first <paramref name="relative"/> folder holding <paramref name="marker"/> found in a start
    /// folder or one of its parents; null when none.
    /// </summary>
    public static string? Find(string relative, string marker, IEnumerable<string> starts)
    {
        foreach (var start in starts)
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, relative);
                if (File.Exists(Path.Combine(candidate, marker)))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
