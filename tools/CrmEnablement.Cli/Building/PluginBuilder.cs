using System.IO;

namespace CrmEnablement.Cli.Building;

/// <summary>Builds the plugin assembly for Dataverse (net462) when <c>cen pack</c> finds it missing.</summary>
internal static class PluginBuilder
{
    /// <summary>The plugin project, relative to the repository root.</summary>
    public static readonly string Project = Path.Combine("Plugins", "CrmEnablement.Plugins", "CrmEnablement.Plugins.csproj");

    /// <summary>Runs <c>dotnet build</c> of the plugin project for net462 in <paramref name="configuration"/>; true when it succeeds.</summary>
    public static bool TryBuild(string repositoryRoot, string configuration, TextWriter progress)
    {
        var arguments = $"build \"{Project}\" -c {configuration} -f net462 --nologo -v quiet";
        progress.WriteLine(CliMessages.BuildingPlugins(arguments));
        var exitCode = BuildProcess.Run("dotnet", arguments, repositoryRoot, progress, CliMessages.NoDotnet);
        if (exitCode is { } code && code != 0)
        {
            progress.WriteLine(CliMessages.BuildStepFailed("dotnet " + arguments, code));
        }

        return exitCode == 0;
    }
}
