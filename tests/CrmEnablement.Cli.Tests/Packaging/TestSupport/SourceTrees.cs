using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CrmEnablement.Cli.Packaging;

namespace CrmEnablement.Cli.Tests.Packaging.TestSupport;

/// <summary>The repository's solution source as an in-memory tree, with the built files mapped in, ready to edit.</summary>
internal static class SourceTrees
{
    /// <summary>Solution/src plus stand-in content for every mapped file.</summary>
    public static SourceTree Repository()
    {
        var tree = SourceTree.FromFolder(Path.Combine(RepositoryPaths.Solution, SolutionLayout.SourceFolder));
        foreach (var file in SolutionMapping.Resolve(Path.Combine(RepositoryPaths.Solution, SolutionLayout.MappingFile),
            Path.Combine(RepositoryPaths.Solution, SolutionLayout.SourceFolder), RepositoryPaths.Configuration, null, null))
        {
            tree.Add(file.TreePath, new byte[] { 1 });
        }

        return tree;
    }

    /// <summary>The first path under <paramref name="folder"/> whose root matches <paramref name="predicate"/>.</summary>
    public static string Find(this SourceTree tree, string folder, Func<XElement, bool> predicate) =>
        tree.Under(folder).Where(path => path.EndsWith(".xml", StringComparison.Ordinal)).First(path => predicate(XmlFiles.Root(tree, path)));

    /// <summary>Changes the XML file at <paramref name="path"/>.</summary>
    public static void Edit(this SourceTree tree, string path, Action<XElement> change)
    {
        var root = XmlFiles.Root(tree, path);
        change(root);
        tree.Add(path, XmlFiles.Write(root, declaration: true));
    }
}
