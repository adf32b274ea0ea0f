using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmEnablement.Cli.Packaging;

/// <summary>
/// Every name the solution introduces carries the publisher's prefix (dataverse-platform.md §3.6):
/// tables it owns, custom columns, keys, relationships on custom lookups, global choices, web
/// resources, the Custom API and environment variables.
/// </summary>
public static class NameChecks
{
    /// <summary>The names without "<c>{prefix}_</c>", one message each.</summary>
    public static IEnumerable<string> Check(SourceTree tree, SolutionManifest manifest)
    {
        var prefix = manifest.Prefix + "_";
        var named = new List<(string File, string Kind, string Name)>();
        named.AddRange(manifest.RootComponents.Where(component => component.Type == ComponentTypes.Table && component.Behavior == 0)
            .Select(component => (SolutionLayout.SolutionXml, "table", component.SchemaName ?? "")));
        foreach (var path in tree.Under(SolutionLayout.EntitiesFolder).Where(path => path.EndsWith("/" + SolutionLayout.EntityFile, StringComparison.Ordinal)))
        {
            var entity = XmlFiles.Root(tree, path);
            named.AddRange(entity.Descendants("attribute").Where(attribute => XmlFiles.Child(attribute, "IsCustomField") == "1")
                .Select(attribute => (path, "column", (string?)attribute.Attribute("PhysicalName") ?? "")));
            named.AddRange(entity.Descendants("EntityKey").Select(key => (path, "alternate key", XmlFiles.Child(key, "Name") ?? "")));
        }

        foreach (var path in tree.Under(SolutionLayout.RelationshipsFolder))
        {
            named.AddRange(XmlFiles.Root(tree, path).Elements("EntityRelationship")
                .Where(relationship => (XmlFiles.Child(relationship, "ReferencingAttributeName") ?? "").StartsWith(prefix, StringComparison.Ordinal))
                .Select(relationship => (path, "relationship", (string?)relationship.Attribute("Name") ?? "")));
        }

        named.AddRange(Roots(tree, SolutionLayout.OptionSetsFolder, ".xml", "choice", "Name"));
        named.AddRange(Roots(tree, SolutionLayout.CustomApisFolder, "/customapi.xml", "Custom API", "uniquename"));
        named.AddRange(Roots(tree, SolutionLayout.EnvironmentVariablesFolder, "/environmentvariabledefinition.xml", "environment variable", "schemaname"));
        named.AddRange(tree.Under(SolutionLayout.WebResourcesFolder).Where(path => path.EndsWith(SolutionLayout.DataSuffix, StringComparison.Ordinal))
            .Select(path => (path, "web resource", XmlFiles.Child(XmlFiles.Root(tree, path), "Name") ?? "")));
        return named.Where(item => !item.Name.StartsWith(prefix, StringComparison.Ordinal))
            .Select(item => CliMessages.PackNameWithoutPrefix(item.File, item.Kind, item.Name, prefix));
    }

    private static IEnumerable<(string File, string Kind, string Name)> Roots(SourceTree tree, string folder, string suffix, string kind, string attribute) =>
        tree.Under(folder).Where(path => path.EndsWith(suffix, StringComparison.Ordinal))
            .Select(path => (path, kind, (string?)XmlFiles.Root(tree, path).Attribute(attribute) ?? ""));
}
