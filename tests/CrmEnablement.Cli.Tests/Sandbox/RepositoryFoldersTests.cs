using System.IO;
using CrmEnablement.Cli.Sandbox;
using CrmEnablement.Cli.Tests.TestSupport;

namespace CrmEnablement.Cli.Tests.Sandbox;

public sealed class RepositoryFoldersTests
{
    private readonly TempDirectory _root = new();

    [TearDown]
    public void TearDown() => _root.Dispose();

    [Test]
    public void Find_FromASubfolder_FindsTheFolderInAParent()
    {
        Directory.CreateDirectory(_root.PathOf("samples"));
        _root.Write(Path.Combine("samples", "catalog.csv"), "id");
        var deep = Directory.CreateDirectory(_root.PathOf(Path.Combine("tools", "cen", "bin"))).FullName;

        var found = RepositoryFolders.Find(RepositoryFolders.Samples, "catalog.csv", new[] { deep });

        Assert.That(found, Is.EqualTo(_root.PathOf("samples")));
    }

    [Test]
    public void Find_FolderWithoutTheMarkerFile_IsNotTheOne()
    {
        Directory.CreateDirectory(_root.PathOf("samples"));

        Assert.That(RepositoryFolders.Find(RepositoryFolders.Samples, "catalog.csv", new[] { _root.Path }), Is.Null.Or.Not.StartWith(_root.Path));
    }

    [Test]
    public void Find_LaterStarts_AreTriedWhenTheFirstHasNothing()
    {
        var empty = Directory.CreateDirectory(_root.PathOf("empty")).FullName;
        var dist = Directory.CreateDirectory(_root.PathOf(Path.Combine("repo", "WebResources", "dist", "cen_", "opportunity"))).FullName;
        File.WriteAllText(Path.Combine(dist, "suggestions.html"), "");

        var found = RepositoryFolders.Find(RepositoryFolders.WebResourcesDist, RepositoryFolders.SuggestionsPage, new[] { empty, _root.PathOf("repo") });

        Assert.That(found, Is.EqualTo(_root.PathOf(Path.Combine("repo", "WebResources", "dist"))));
    }
}
