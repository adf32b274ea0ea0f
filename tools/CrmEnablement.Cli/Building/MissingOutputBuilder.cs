using System;
using System.IO;
using System.Linq;
using CrmEnablement.Cli.Packaging;

namespace CrmEnablement.Cli.Building;

/// <summary>
/// Before <c>cen pack</c>: builds the mapped output that is missing (the plugin assembly for net462,
/// the web resource bundle) from the repository the solution folder sits in, so a fresh checkout
/// packs with one command. Output given with <c>--assembly</c> or <c>--webresources</c> is never built;
/// when a build fails the packer's refusal says what is missing and how to build it.
/// </summary>
internal static class MissingOutputBuilder
{
    /// <summary>Builds what <paramref name="request"/>'s mapping needs and does not find.</summary>
    public static void BuildWhatIsMissing(PackRequest request, TextWriter progress)
    {
        var sourceFolder = Path.Combine(request.SolutionFolder, SolutionLayout.SourceFolder);
        var mappingFile = Path.Combine(request.SolutionFolder, SolutionLayout.MappingFile);
        if (!File.Exists(mappingFile))
        {
            return;
        }

        var missing = SolutionMapping.Resolve(mappingFile, sourceFolder, request.Configuration, request.WebResources, request.Assembly)
            .Where(file => !File.Exists(file.SourcePath)).ToList();
        var repository = Path.GetDirectoryName(Path.GetFullPath(request.SolutionFolder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        if (repository is null)
        {
            return;
        }

        if (request.Assembly is null && missing.Any(file => file.TreePath.StartsWith(SolutionLayout.PluginAssembliesFolder, StringComparison.Ordinal))
            && File.Exists(Path.Combine(repository, PluginBuilder.Project)))
        {
            PluginBuilder.TryBuild(repository, request.Configuration, progress);
        }

        var webResources = Path.Combine(repository, Sandbox.RepositoryFolders.WebResourcesSource);
        if (request.WebResources is null && missing.Any(file => file.TreePath.StartsWith(SolutionLayout.WebResourcesFolder, StringComparison.Ordinal))
            && File.Exists(Path.Combine(webResources, "package.json")))
        {
            WebResourceBuilder.TryBuild(webResources, progress);
        }
    }
}
