using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CrmEnablement.Cli.Packaging;
using CrmEnablement.Cli.Tests.TestSupport;

namespace CrmEnablement.Cli.Tests.Packaging.TestSupport;

/// <summary>
/// A temporary copy of <c>Solution/</c> with stand-in web resource files (the npm build may not have
/// run), packed with the plugin assembly the solution build made. Tests edit the copy, never the repository.
/// </summary>
internal sealed class SolutionWorkspace : IDisposable
{
    public static readonly string[] WebResourceFiles = { "suggestions.html", "suggestions.js", "suggestions.css", "form.js" };

    private readonly TempDirectory _temp = new();

    public SolutionWorkspace()
    {
        Copy(RepositoryPaths.Solution, SolutionFolder);
        foreach (var file in WebResourceFiles)
        {
            var path = Path.Combine(WebResources, "cen_", "opportunity", file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "/* stand-in " + file + " */\n");
        }
    }

    public string SolutionFolder => _temp.PathOf("Solution");

    /// <summary>The folder the copy sits in, as a repository root holds <c>Solution/</c>.</summary>
    public string Root => _temp.Path;

    public string Source => Path.Combine(SolutionFolder, SolutionLayout.SourceFolder);

    public string WebResources => _temp.PathOf("dist");

    public string Output => _temp.PathOf("out");

    public string UnmanagedZip => Path.Combine(Output, "CrmEnablement_standin.zip");

    public string ManagedZip => Path.Combine(Output, "CrmEnablement_managed_standin.zip");

    /// <summary>
    /// Runs <c>cen pack</c> on the copy with the built plugin assembly; the stand-in SDK is allowed
    /// unless <paramref name="allowStandIn"/> is false.
    /// </summary>
    public CliResult Pack(bool allowStandIn = true, params string[] extra)
    {
        var args = new List<string>
        {
            "pack", "--source", SolutionFolder, "--output", Output, "--configuration", RepositoryPaths.Configuration, "--webresources", WebResources,
        };
        if (allowStandIn)
        {
            args.Add("--allow-standin");
        }

        // The copy has no Plugins/ beside it, so the mapped build output is named directly.
        if (!extra.Contains("--assembly"))
        {
            args.AddRange(new[] { "--assembly", RepositoryPaths.PluginAssembly });
        }

        args.AddRange(extra);
        return CliRunner.Run(args.ToArray());
    }

    /// <summary>Packs and fails the test unless it worked.</summary>
    public PackedSolution PackOrFail(params string[] extra)
    {
        var result = Pack(true, extra);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        return new PackedSolution(UnmanagedZip, ManagedZip);
    }

    /// <summary>The first source file under <paramref name="folder"/> (relative to src) matching <paramref name="predicate"/>.</summary>
    public string Find(string folder, Func<XElement, bool> predicate) =>
        Directory.EnumerateFiles(Path.Combine(Source, folder), "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .First(path => predicate(XDocument.Load(path).Root!));

    /// <summary>Changes a source file of the copy.</summary>
    public void Edit(string path, Action<XElement> change)
    {
        var document = XDocument.Load(path);
        change(document.Root!);
        document.Save(path);
    }

    public void Dispose() => _temp.Dispose();

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
