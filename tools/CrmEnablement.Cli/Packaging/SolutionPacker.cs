using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CrmEnablement.Cli.IO;

namespace CrmEnablement.Cli.Packaging;

/// <summary>
/// Turns <c>Solution/src</c> plus the mapped build output into the unmanaged and managed zips an
/// admin imports, refusing (exit 2) when anything the solution refers to is missing or wrong.
/// The same sources always give byte-identical zips.
/// </summary>
public static class SolutionPacker
{
    private static readonly Regex FourPartVersion = new(@"^\d{1,9}\.\d{1,9}\.\d{1,9}\.\d{1,9}$", RegexOptions.CultureInvariant);

    /// <summary>Packs <paramref name="request"/>.</summary>
    /// <exception cref="InputException">The sources cannot be packed; every problem is listed.</exception>
    public static PackResult Pack(PackRequest request)
    {
        if (request.Version is not null && !FourPartVersion.IsMatch(request.Version))
        {
            throw new InputException(CliMessages.PackBadVersion(request.Version));
        }

        var sourceFolder = Path.Combine(request.SolutionFolder, SolutionLayout.SourceFolder);
        if (!File.Exists(Path.Combine(sourceFolder, SolutionLayout.SolutionXml)))
        {
            throw new InputException(CliMessages.PackNoSource(request.SolutionFolder));
        }

        var mapped = SolutionMapping.Resolve(Path.Combine(request.SolutionFolder, SolutionLayout.MappingFile), sourceFolder, request.Configuration,
            request.WebResources, request.Assembly);
        var tree = Load(sourceFolder, mapped);
        var manifest = new SolutionManifest(tree);
        var problems = ReferenceChecks.MissingBuildOutput(mapped, request.Configuration).ToList();
        var assemblyFile = mapped.FirstOrDefault(file => file.TreePath.EndsWith(".dll", StringComparison.OrdinalIgnoreCase));
        var assembly = assemblyFile is not null && File.Exists(assemblyFile.SourcePath) ? PluginAssemblyReader.Read(assemblyFile.SourcePath) : null;
        if (problems.Count == 0)
        {
            problems.AddRange(ReferenceChecks.Dangling(tree));
            problems.AddRange(RootComponentChecks.Check(tree, manifest));
        }

        if (assembly is not null)
        {
            problems.AddRange(PluginTypeChecks.Check(tree, assembly, assemblyFile!.SourcePath, request.AllowStandIn));
        }

        problems.AddRange(NameChecks.Check(tree, manifest));
        problems.AddRange(OptionValueChecks.Check(tree, manifest));
        if (problems.Count > 0)
        {
            throw new InputException(problems);
        }

        return Write(request, tree, manifest, assembly?.BuiltAgainstStandIn == true);
    }

    private static SourceTree Load(string sourceFolder, IEnumerable<MappedFile> mapped)
    {
        var tree = SourceTree.FromFolder(sourceFolder);
        foreach (var file in mapped.Where(file => File.Exists(file.SourcePath)))
        {
            tree.Add(file.TreePath, File.ReadAllBytes(file.SourcePath));
        }

        return tree;
    }

    private static PackResult Write(PackRequest request, SourceTree tree, SolutionManifest manifest, bool standIn)
    {
        var version = request.Version ?? manifest.Version;
        var unmanaged = CustomizationsFolder.Fold(tree);
        var managed = CustomizationsFolder.Fold(tree, managed: true);
        ManagedVariant.Apply(managed);
        var suffix = standIn ? "_standin" : "";
        Directory.CreateDirectory(request.OutputFolder);
        var unmanagedPath = Path.Combine(request.OutputFolder, manifest.UniqueName + suffix + ".zip");
        var managedPath = Path.Combine(request.OutputFolder, manifest.UniqueName + "_managed" + suffix + ".zip");
        var entries = Entries(tree, unmanaged, manifest.ForZip(version, managed: false, unmanaged));
        File.WriteAllBytes(unmanagedPath, DeterministicZipWriter.Write(entries));
        File.WriteAllBytes(managedPath, DeterministicZipWriter.Write(Entries(tree, managed, manifest.ForZip(version, managed: true, managed))));
        return new PackResult(Path.GetFullPath(unmanagedPath), Path.GetFullPath(managedPath), entries.Select(entry => entry.Key).ToList(), Warnings(tree));
    }

    private static List<KeyValuePair<string, byte[]>> Entries(SourceTree tree, XElement customizations, byte[] solution)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var path in tree.Under(SolutionLayout.CustomApisFolder).Concat(tree.Under(SolutionLayout.EnvironmentVariablesFolder)))
        {
            files[path] = tree.Read(path);
        }

        foreach (var resource in customizations.Elements(CustomizationSections.WebResources).Elements("WebResource"))
        {
            files[CustomizationsFolder.ZipPath(resource)] = tree.Read(SolutionLayout.WebResourcesFolder + XmlFiles.Child(resource, "Name"));
        }

        foreach (var assembly in customizations.Elements(CustomizationSections.PluginAssemblies).Elements("PluginAssembly"))
        {
            files[CustomizationsFolder.ZipPath(assembly)] = tree.Read(CustomizationsFolder.ZipPath(assembly));
        }

        var head = new List<KeyValuePair<string, byte[]>>
        {
            new(SolutionLayout.ZipCustomizationsXml, XmlFiles.Write(customizations, declaration: false)),
            new(SolutionLayout.ZipSolutionXml, solution),
        };
        var body = head.Concat(files).ToList();
        body.Insert(0, new(SolutionLayout.ZipContentTypes, ContentTypes.For(body.Select(entry => entry.Key))));
        return body;
    }

    private static IReadOnlyList<string> Warnings(SourceTree tree) => tree.Under(SolutionLayout.StepsFolder)
        .Select(path => (path, step: XmlFiles.Root(tree, path)))
        .Where(item => item.step.Element("SdkMessageId") is null)
        .Select(item => CliMessages.PackNoMessageId(item.path, (string?)item.step.Attribute("Name") ?? ""))
        .ToList();
}
