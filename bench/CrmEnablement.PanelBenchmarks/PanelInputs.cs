using CrmEnablement.Cli.Sandbox;

namespace CrmEnablement.PanelBenchmarks;

/// <summary>The repository's samples/ and built WebResources/dist, found from the current folder or the benchmark's own, upwards.</summary>
internal sealed record PanelInputs(string Samples, string WebResourcesDist)
{
    /// <exception cref="SetupException">Either folder is missing.</exception>
    public static PanelInputs Find()
    {
        var starts = RepositoryFolders.Starts();
        var samples = RepositoryFolders.Find(RepositoryFolders.Samples, "catalog.csv", starts)
            ?? throw new SetupException(PanelBenchMessages.SamplesMissing);
        var dist = RepositoryFolders.Find(RepositoryFolders.WebResourcesDist, RepositoryFolders.SuggestionsPage, starts)
            ?? throw new SetupException(PanelBenchMessages.WebResourceNotBuilt);
        if (!System.IO.File.Exists(System.IO.Path.Combine(dist, BundleSize.RelativePath)))
        {
            throw new SetupException(PanelBenchMessages.WebResourceNotBuilt);
        }

        return new PanelInputs(samples, dist);
    }
}
