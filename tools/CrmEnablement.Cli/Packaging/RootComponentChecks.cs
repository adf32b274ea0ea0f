using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmEnablement.Cli.Packaging;

/// <summary>
/// Solution.xml's root components and the tree agree both ways: every root names a component the
/// tree holds (an import would otherwise fail on a component it cannot find), and every component
/// the tree holds is listed (an import would otherwise leave it out of the solution).
/// </summary>
public static class RootComponentChecks
{
    /// <summary>One line per disagreement, naming the file and what to do.</summary>
    public static IEnumerable<string> Check(SourceTree tree, SolutionManifest manifest)
    {
        var roots = manifest.RootComponents;
        var inTree = Components(tree, roots).ToList();
        var listed = new HashSet<(int, string)>(roots.Select(root => (root.Type, Key(root.Id ?? root.SchemaName ?? ""))));
        var present = new HashSet<(int, string)>(inTree.Select(component => (component.Type, Key(component.Name))));
        foreach (var root in roots.Where(root => Checked.Contains(root.Type) && !present.Contains((root.Type, Key(root.Id ?? root.SchemaName ?? "")))))
        {
            yield return CliMessages.PackRootWithoutComponent(SolutionLayout.SolutionXml, root.Type, root.Id ?? root.SchemaName ?? "");
        }

        foreach (var component in inTree.Where(component => !listed.Contains((component.Type, Key(component.Name)))))
        {
            yield return CliMessages.PackComponentWithoutRoot(component.File, SolutionLayout.SolutionXml, component.Type,
                component.ById ? "{" + Key(component.Name) + "}" : component.Name, component.ById);
        }
    }

    /// <summary>The root component types whose components live in files of the tree.</summary>
    private static readonly HashSet<int> Checked = new()
    {
        ComponentTypes.Table, ComponentTypes.Choice, ComponentTypes.SecurityRole, ComponentTypes.SystemForm, ComponentTypes.WebResource,
        ComponentTypes.PluginAssembly, ComponentTypes.Step, ComponentTypes.EnvironmentVariable,
    };

    private static string Key(string nameOrId) => nameOrId.Trim('{', '}').ToLowerInvariant();

    private static IEnumerable<(int Type, string Name, string File, bool ById)> Components(SourceTree tree, IReadOnlyList<RootComponent> roots)
    {
        // A table whose root includes its subcomponents (behavior 0) brings its forms; the forms of
        // a table carried only for our columns need roots of their own.
        var wholeTables = new HashSet<string>(roots.Where(root => root.Type == ComponentTypes.Table && root.Behavior == 0)
            .Select(root => root.SchemaName ?? ""), StringComparer.OrdinalIgnoreCase);
        foreach (var path in tree.Under(SolutionLayout.EntitiesFolder).Where(path => path.EndsWith("/" + SolutionLayout.EntityFile, StringComparison.Ordinal)))
        {
            var folder = path.Substring(SolutionLayout.EntitiesFolder.Length).Split('/')[0];
            yield return (ComponentTypes.Table, folder.ToLowerInvariant(), path, false);
            if (wholeTables.Contains(folder))
            {
                continue;
            }

            foreach (var form in tree.Under(SolutionLayout.EntitiesFolder + folder + "/" + SolutionLayout.FormsFolder))
            {
                var id = XmlFiles.Root(tree, form).Element("systemform")?.Element("formid")?.Value;
                if (id is not null)
                {
                    yield return (ComponentTypes.SystemForm, id, form, true);
                }
            }
        }

        foreach (var path in tree.Under(SolutionLayout.OptionSetsFolder))
        {
            yield return (ComponentTypes.Choice, (string?)XmlFiles.Root(tree, path).Attribute("Name") ?? "", path, false);
        }

        foreach (var path in tree.Under(SolutionLayout.RolesFolder))
        {
            yield return (ComponentTypes.SecurityRole, (string?)XmlFiles.Root(tree, path).Attribute("id") ?? "", path, true);
        }

        foreach (var path in DataFiles(tree, SolutionLayout.WebResourcesFolder))
        {
            yield return (ComponentTypes.WebResource, XmlFiles.Child(XmlFiles.Root(tree, path), "Name") ?? "", path, false);
        }

        foreach (var path in DataFiles(tree, SolutionLayout.PluginAssembliesFolder))
        {
            yield return (ComponentTypes.PluginAssembly, (string?)XmlFiles.Root(tree, path).Attribute("PluginAssemblyId") ?? "", path, true);
        }

        foreach (var path in tree.Under(SolutionLayout.StepsFolder))
        {
            yield return (ComponentTypes.Step, (string?)XmlFiles.Root(tree, path).Attribute("SdkMessageProcessingStepId") ?? "", path, true);
        }

        foreach (var path in tree.Under(SolutionLayout.EnvironmentVariablesFolder).Where(path => path.EndsWith("/environmentvariabledefinition.xml", StringComparison.Ordinal)))
        {
            yield return (ComponentTypes.EnvironmentVariable, path.Substring(SolutionLayout.EnvironmentVariablesFolder.Length).Split('/')[0], path, false);
        }
    }

    private static IEnumerable<string> DataFiles(SourceTree tree, string folder) =>
        tree.Under(folder).Where(path => path.EndsWith(SolutionLayout.DataSuffix, StringComparison.Ordinal));
}
