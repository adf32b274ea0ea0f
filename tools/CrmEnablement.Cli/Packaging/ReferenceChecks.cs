using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace CrmEnablement.Cli.Packaging;

/// <summary>
/// Files and components the solution refers to that must exist: mapped build output, each web
/// resource's and assembly's content, the web resources and libraries forms use, and the plugin
/// types steps and the Custom API name.
/// </summary>
public static class ReferenceChecks
{
    /// <summary>Mapped build output that is not there, with what to run to make it.</summary>
    public static IEnumerable<string> MissingBuildOutput(IEnumerable<MappedFile> mapped, string configuration) =>
        mapped.Where(file => !File.Exists(file.SourcePath)).Select(file => CliMessages.PackMissingBuildOutput(file.TreePath, file.SourcePath,
            file.TreePath.StartsWith(SolutionLayout.WebResourcesFolder, StringComparison.Ordinal)
                ? CliMessages.PackBuildWebResourcesHint
                : CliMessages.PackBuildPluginsHint(configuration)));

    /// <summary>References inside the tree that point at nothing.</summary>
    public static IEnumerable<string> Dangling(SourceTree tree)
    {
        var webResources = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in tree.Under(SolutionLayout.WebResourcesFolder).Where(path => path.EndsWith(SolutionLayout.DataSuffix, StringComparison.Ordinal)))
        {
            var name = XmlFiles.Child(XmlFiles.Root(tree, path), "Name") ?? "";
            webResources.Add(name);
            if (!tree.Contains(SolutionLayout.WebResourcesFolder + name))
            {
                yield return CliMessages.PackMissingContent(path, SolutionLayout.WebResourcesFolder + name);
            }
        }

        var pluginTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in tree.Under(SolutionLayout.PluginAssembliesFolder).Where(path => path.EndsWith(SolutionLayout.DataSuffix, StringComparison.Ordinal)))
        {
            var content = path.Substring(0, path.Length - SolutionLayout.DataSuffix.Length);
            if (!tree.Contains(content))
            {
                yield return CliMessages.PackMissingContent(path, content);
            }

            pluginTypes.UnionWith(XmlFiles.Root(tree, path).Descendants("PluginType").Select(type => (string)type.Attribute("PluginTypeId")!));
        }

        foreach (var problem in FormReferences(tree, webResources).Concat(ViewReferences(tree)).Concat(PluginTypeReferences(tree, pluginTypes)).Concat(FunctionResponses(tree)))
        {
            yield return problem;
        }
    }

    /// <summary>Subgrids on our forms that show a view of a table whose views the solution carries must name one of them.</summary>
    private static IEnumerable<string> ViewReferences(SourceTree tree)
    {
        var views = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in tree.Under(SolutionLayout.EntitiesFolder).Where(path => path.Contains("/" + SolutionLayout.ViewsFolder, StringComparison.Ordinal)))
        {
            var table = path.Substring(SolutionLayout.EntitiesFolder.Length).Split('/')[0];
            if (!views.TryGetValue(table, out var ids))
            {
                views[table] = ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            }

            ids.UnionWith(XmlFiles.Root(tree, path).Descendants("savedqueryid").Select(id => id.Value.Trim()));
        }

        foreach (var path in tree.Under(SolutionLayout.EntitiesFolder).Where(path => path.Contains("/" + SolutionLayout.FormsFolder, StringComparison.Ordinal)))
        {
            foreach (var parameters in XmlFiles.Root(tree, path).Descendants("control").Elements("parameters"))
            {
                var view = XmlFiles.Child(parameters, "ViewId")?.Trim();
                var target = XmlFiles.Child(parameters, "TargetEntityType");
                if (view is not null && target is not null && views.TryGetValue(target, out var ids) && !ids.Contains(view))
                {
                    yield return CliMessages.PackMissingReference(path, "view", view);
                }
            }
        }
    }

    /// <summary>A Custom API that is a function must return something.</summary>
    private static IEnumerable<string> FunctionResponses(SourceTree tree)
    {
        foreach (var path in tree.Under(SolutionLayout.CustomApisFolder).Where(path => path.EndsWith("/customapi.xml", StringComparison.Ordinal)))
        {
            var folder = path.Substring(0, path.Length - "customapi.xml".Length);
            if (XmlFiles.Child(XmlFiles.Root(tree, path), "isfunction") == "1" && !tree.Under(folder + "customapiresponseproperties/").Any())
            {
                yield return CliMessages.PackFunctionWithoutResponse(path);
            }
        }
    }

    private static IEnumerable<string> FormReferences(SourceTree tree, HashSet<string> webResources)
    {
        foreach (var path in tree.Under(SolutionLayout.EntitiesFolder).Where(path => path.Contains("/" + SolutionLayout.FormsFolder, StringComparison.Ordinal)))
        {
            var form = XmlFiles.Root(tree, path);
            var used = form.Descendants("control").Elements("parameters").Elements("Url").Select(url => url.Value)
                .Concat(form.Descendants("Library").Select(library => (string?)library.Attribute("name") ?? ""))
                .Concat(form.Descendants("Handler").Select(handler => (string?)handler.Attribute("libraryName") ?? ""));
            foreach (var name in used.Distinct().Where(name => !webResources.Contains(name)))
            {
                yield return CliMessages.PackMissingReference(path, "web resource", name);
            }
        }
    }

    private static IEnumerable<string> PluginTypeReferences(SourceTree tree, HashSet<string> pluginTypes)
    {
        var ids = tree.Under(SolutionLayout.StepsFolder).Select(path => (path, id: XmlFiles.Child(XmlFiles.Root(tree, path), "PluginTypeId")))
            .Concat(tree.Under(SolutionLayout.CustomApisFolder).Where(path => path.EndsWith("/customapi.xml", StringComparison.Ordinal))
                .Select(path => (path, id: XmlFiles.Root(tree, path).Element("plugintypeid")?.Element("plugintypeexportkey")?.Value)));
        foreach (var (path, id) in ids)
        {
            if (id is not null && !pluginTypes.Contains(id))
            {
                yield return CliMessages.PackMissingReference(path, "plugin type", id);
            }
        }
    }

}
