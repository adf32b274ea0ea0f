using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace CrmEnablement.Cli.Packaging;

/// <summary>
/// Splits a packed zip back into the SolutionPackager layout, the reverse of
/// <see cref="CustomizationsFolder"/>: used to prove a pack loses nothing (the round-trip test).
/// Content files come back under their component names; the manifest keeps the zip's Managed flag.
/// </summary>
public static class SolutionUnpacker
{
    /// <summary>The tree held by the zip at <paramref name="zipPath"/>.</summary>
    public static SourceTree Unpack(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        var entries = zip.Entries.ToDictionary(entry => entry.FullName, Read, StringComparer.Ordinal);
        var tree = new SourceTree();
        foreach (var (name, bytes) in entries.Where(entry => entry.Key.StartsWith(SolutionLayout.CustomApisFolder, StringComparison.Ordinal)
            || entry.Key.StartsWith(SolutionLayout.EnvironmentVariablesFolder, StringComparison.Ordinal)))
        {
            tree.Add(name, bytes);
        }

        tree.Add(SolutionLayout.SolutionXml, XmlFiles.Write(XmlFiles.AsFileRoot(XmlFiles.Load(entries[SolutionLayout.ZipSolutionXml]).Root!), declaration: true));
        var root = new XElement(XmlFiles.Load(entries[SolutionLayout.ZipCustomizationsXml]).Root!);
        UnpackEntities(tree, Take(root, CustomizationSections.Entities));
        foreach (var role in Take(root, CustomizationSections.Roles).Elements())
        {
            tree.Add(SolutionLayout.RolesFolder + (string)role.Attribute("name")! + ".xml", File(role));
        }

        UnpackRelationships(tree, Take(root, CustomizationSections.EntityRelationships));
        foreach (var choice in Take(root, CustomizationSections.OptionSets).Elements())
        {
            tree.Add(SolutionLayout.OptionSetsFolder + (string)choice.Attribute("Name")! + ".xml", File(choice));
        }

        foreach (var resource in Take(root, CustomizationSections.WebResources).Elements())
        {
            var path = SolutionLayout.WebResourcesFolder + XmlFiles.Child(resource, "Name");
            tree.Add(path + SolutionLayout.DataSuffix, File(resource));
            tree.Add(path, entries[CustomizationsFolder.ZipPath(resource)]);
        }

        foreach (var assembly in Take(root, CustomizationSections.PluginAssemblies).Elements())
        {
            var path = CustomizationsFolder.ZipPath(assembly);
            tree.Add(path + SolutionLayout.DataSuffix, File(assembly));
            tree.Add(path, entries[path]);
        }

        foreach (var step in Take(root, CustomizationSections.Steps).Elements())
        {
            tree.Add(SolutionLayout.StepsFolder + (string)step.Attribute("SdkMessageProcessingStepId")! + ".xml", File(step));
        }

        tree.Add(SolutionLayout.CustomizationsXml, File(root));
        return tree;
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static byte[] File(XElement element) => XmlFiles.Write(XmlFiles.AsFileRoot(element), declaration: true);

    /// <summary>Empties a section for the skeleton: placeholders stay, sections exports only write when used go.</summary>
    private static XElement Take(XElement root, string name)
    {
        var section = root.Element(name);
        if (section is null)
        {
            return new XElement(name);
        }

        var content = new XElement(section);
        if (CustomizationSections.Placeholders.Contains(name))
        {
            section.RemoveNodes();
        }
        else
        {
            section.Remove();
        }

        return content;
    }

    private static void UnpackEntities(SourceTree tree, XElement entities)
    {
        foreach (var entity in entities.Elements("Entity"))
        {
            var folder = SolutionLayout.EntitiesFolder + entity.Element("Name")!.Value + "/";
            var copy = new XElement(entity);
            foreach (var forms in entity.Elements("FormXml").Elements("forms"))
            {
                foreach (var form in forms.Elements("systemform"))
                {
                    tree.Add($"{folder}{SolutionLayout.FormsFolder}{(string)forms.Attribute("type")!}/{form.Element("formid")!.Value}.xml", File(new XElement("forms", form)));
                }
            }

            foreach (var view in entity.Elements("SavedQueries").Elements("savedqueries").Elements("savedquery"))
            {
                tree.Add($"{folder}{SolutionLayout.ViewsFolder}{view.Element("savedqueryid")!.Value}.xml", File(new XElement("savedqueries", view)));
            }

            if (entity.Element("RibbonDiffXml") is { HasElements: true } ribbon)
            {
                tree.Add(folder + SolutionLayout.RibbonFile, File(ribbon));
            }

            foreach (var name in new[] { "FormXml", "SavedQueries", "RibbonDiffXml" })
            {
                copy.Element(name)?.Remove();
                copy.Add(new XElement(name));
            }

            tree.Add(folder + SolutionLayout.EntityFile, File(copy));
        }
    }

    private static void UnpackRelationships(SourceTree tree, XElement relationships)
    {
        var all = relationships.Elements("EntityRelationship").ToList();
        foreach (var group in all.GroupBy(relationship => XmlFiles.Child(relationship, "ReferencedEntityName") ?? ""))
        {
            tree.Add(SolutionLayout.RelationshipsFolder + group.Key + ".xml", File(new XElement("EntityRelationships", group)));
        }

        if (all.Count > 0)
        {
            tree.Add(SolutionLayout.RelationshipsIndex, File(new XElement("EntityRelationships",
                all.Select(relationship => new XElement("EntityRelationship", new XAttribute("Name", (string)relationship.Attribute("Name")!))))));
        }
    }
}
