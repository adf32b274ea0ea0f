using System;
using System.IO;
using System.Reflection;

namespace CrmEnablement.Cli.Tests.Packaging.TestSupport;

/// <summary>The repository's folders and build output as the packaging tests find them.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding CrmEnablement.sln.</summary>
    public static string Root
    {
        get
        {
            var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CrmEnablement.sln")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new InvalidOperationException("The tests run outside the repository.");
        }
    }

    /// <summary><c>Solution/</c>: the unpacked source and the mapping.</summary>
    public static string Solution => Path.Combine(Root, "Solution");

    /// <summary>The configuration these tests were built in, so they pack the matching plugin build.</summary>
    public static string Configuration => typeof(RepositoryPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>The deployable plugin assembly the solution build makes (net462, stand-in SDK on these machines).</summary>
    public static string PluginAssembly => Path.Combine(Root, "Plugins", "CrmEnablement.Plugins", "bin", Configuration, "net462", "CrmEnablement.Plugins.dll");

    /// <summary>samples/settings.json: the settings variable's default.</summary>
    public static string SampleSettings => Path.Combine(Root, "samples", "settings.json");
}
