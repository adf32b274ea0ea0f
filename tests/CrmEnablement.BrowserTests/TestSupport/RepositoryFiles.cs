using System.IO;
using CrmEnablement.Cli;
using CrmEnablement.Cli.Sandbox;

namespace CrmEnablement.BrowserTests.TestSupport;

/// <summary>The repository's samples and built web resource, found from the test's folder upwards.</summary>
internal static class RepositoryFiles
{
    public static string Samples =>
        RepositoryFolders.Find(RepositoryFolders.Samples, "catalog.csv", new[] { TestContext.CurrentContext.TestDirectory })
        ?? throw new AssertionException("The repository's samples/ folder was not found above " + TestContext.CurrentContext.TestDirectory + ".");

    /// <summary>WebResources/dist; a missing build fails the test saying how to build it.</summary>
    public static string WebResourcesDist =>
        RepositoryFolders.Find(RepositoryFolders.WebResourcesDist, RepositoryFolders.SuggestionsPage, new[] { TestContext.CurrentContext.TestDirectory })
        ?? throw new AssertionException(CliMessages.SandboxWebResourceNotBuilt);

    public static string Sample(string name) => Path.Combine(Samples, name);
}
