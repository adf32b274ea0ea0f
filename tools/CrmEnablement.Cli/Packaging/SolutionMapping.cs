using System;
using System.Collections.Generic;
using System.IO;
using System.Xml.Linq;
using CrmEnablement.Cli.IO;

namespace CrmEnablement.Cli.Packaging;

/// <summary>
/// <c>solution-mapping.xml</c> in SolutionPackager's <c>/map</c> format: <c>FileToFile</c> entries whose
/// <c>map</c> is a path in the unpacked tree and whose <c>to</c> is the built file, relative to the
/// unpacked folder (where SolutionPackager and <c>pac</c> resolve it). <c>$(Configuration)</c> in
/// <c>to</c> is replaced by the build configuration; <c>pac</c> does not know it, so build.ps1 writes a
/// resolved copy before calling <c>pac solution pack</c>.
/// </summary>
public static class SolutionMapping
{
    /// <summary>The token replaced by the build configuration.</summary>
    public const string ConfigurationToken = "$(Configuration)";

    /// <summary>The built files the mapping names, with the overrides applied.</summary>
    /// <param name="mappingFile">The mapping file.</param>
    /// <param name="sourceFolder">The unpacked folder <c>to</c> paths are relative to.</param>
    /// <param name="configuration">Replaces <see cref="ConfigurationToken"/>.</param>
    /// <param name="webResources">When given, web resources come from this folder, by name.</param>
    /// <param name="assembly">When given, the plugin assembly comes from this file.</param>
    /// <exception cref="InputException">The mapping file is missing or not in the expected format.</exception>
    public static IReadOnlyList<MappedFile> Resolve(string mappingFile, string sourceFolder, string configuration, string? webResources, string? assembly)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(mappingFile);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or System.Xml.XmlException)
        {
            throw new InputException(CliMessages.PackMappingUnreadable(mappingFile, error.Message));
        }

        var files = new List<MappedFile>();
        foreach (var entry in document.Root!.Elements())
        {
            var map = SourceTree.Normalize((string?)entry.Attribute("map") ?? "");
            var to = ((string?)entry.Attribute("to") ?? "").Replace(ConfigurationToken, configuration, StringComparison.Ordinal);
            if (entry.Name.LocalName != "FileToFile" || map.Length == 0 || to.Length == 0)
            {
                throw new InputException(CliMessages.PackMappingEntry(mappingFile, entry.Name.LocalName));
            }

            files.Add(new MappedFile(map, Override(map, webResources, assembly) ?? Path.GetFullPath(Path.Combine(sourceFolder, to.Replace('\\', '/')))));
        }

        return files;
    }

    private static string? Override(string map, string? webResources, string? assembly)
    {
        if (webResources is not null && map.StartsWith(SolutionLayout.WebResourcesFolder, StringComparison.Ordinal))
        {
            return Path.GetFullPath(Path.Combine(webResources, map.Substring(SolutionLayout.WebResourcesFolder.Length)));
        }

        return assembly is not null && map.StartsWith(SolutionLayout.PluginAssembliesFolder, StringComparison.Ordinal) && map.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? Path.GetFullPath(assembly)
            : null;
    }
}
