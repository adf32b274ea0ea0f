using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace CrmEnablement.Cli.Packaging;

/// <summary>
/// Folds the unpacked tree back into one <c>customizations.xml</c> the way SolutionPackager does
/// (schemas/SHAPES.md §9): <c>Other/Customizations.xml</c> is the skeleton and each component
/// file fills its section. Custom APIs and environment variables are not folded; they travel as folders.
/// A form may have a managed variant, <c>{formid}_managed.xml</c>, as SolutionPackager writes it: the
/// managed package takes that file instead of <c>{formid}.xml</c>, and the unmanaged package leaves a
/// form that has only a managed variant out (a change to a form another solution owns).
/// </summary>
public static class CustomizationsFolder
{
    /// <summary>The suffix of a form's managed variant file.</summary>
    public const string ManagedSuffix = "_managed.xml";

    /// <summary>The folded document's root, for the unmanaged package or, when <paramref name="managed"/>, the managed one.</summary>
    /// <exception cref="IO.InputException">A source file is not well-formed XML.</exception>
    public static XElement Fold(SourceTree tree, bool managed = false)
    {
        var root = new XElement(XmlFiles.Root(tree, SolutionLayout.CustomizationsXml));
        FillEntities(tree, CustomizationSections.Get(root, CustomizationSections.Entities), managed);
        Fill(tree, root, CustomizationSections.Roles, SolutionLayout.RolesFolder, path => path.EndsWith(".xml", StringComparison.Ordinal));
        FillRelationships(tree, CustomizationSections.Get(root, CustomizationSections.EntityRelationships));
        Fill(tree, root, CustomizationSections.OptionSets, SolutionLayout.OptionSetsFolder, path => path.EndsWith(".xml", StringComparison.Ordinal));
        Fill(tree, root, CustomizationSections.WebResources, SolutionLayout.WebResourcesFolder, IsData);
        Fill(tree, root, CustomizationSections.PluginAssemblies, SolutionLayout.PluginAssembliesFolder, IsData);
        Fill(tree, root, CustomizationSections.Steps, SolutionLayout.StepsFolder, path => path.EndsWith(".xml", StringComparison.Ordinal));
        return root;
    }

    /// <summary>Where a folded component's content file goes in the zip: its <c>FileName</c> without the leading '/'.</summary>
    public static string ZipPath(XElement component) => SourceTree.Normalize(XmlFiles.Child(component, "FileName") ?? "");

    private static bool IsData(string path) => path.EndsWith(SolutionLayout.DataSuffix, StringComparison.Ordinal);

    private static void Fill(SourceTree tree, XElement root, string section, string folder, Func<string, bool> include)
    {
        var paths = tree.Under(folder).Where(include).ToList();
        if (paths.Count == 0 && root.Element(section) is null)
        {
            return;
        }

        var target = CustomizationSections.Get(root, section);
        foreach (var path in paths)
        {
            target.Add(XmlFiles.Detached(XmlFiles.Root(tree, path)));
        }
    }

    private static void FillEntities(SourceTree tree, XElement section, bool managed)
    {
        var folders = tree.Under(SolutionLayout.EntitiesFolder)
            .Where(path => path.EndsWith("/" + SolutionLayout.EntityFile, StringComparison.Ordinal))
            .Select(path => path.Substring(0, path.Length - SolutionLayout.EntityFile.Length))
            .OrderBy(folder => folder, StringComparer.OrdinalIgnoreCase);
        foreach (var folder in folders)
        {
            var entity = XmlFiles.Detached(XmlFiles.Root(tree, folder + SolutionLayout.EntityFile));
            FillForms(tree, folder, entity, managed);
            FillViews(tree, folder, entity);
            if (tree.Contains(folder + SolutionLayout.RibbonFile))
            {
                Replace(entity, "RibbonDiffXml", XmlFiles.Detached(XmlFiles.Root(tree, folder + SolutionLayout.RibbonFile)));
            }

            section.Add(entity);
        }
    }

    private static void FillForms(SourceTree tree, string entityFolder, XElement entity, bool managed)
    {
        var forms = new XElement("FormXml");
        var byType = tree.Under(entityFolder + SolutionLayout.FormsFolder)
            .Where(path => IsInPackage(tree, path, managed))
            .GroupBy(path => path.Substring(entityFolder.Length + SolutionLayout.FormsFolder.Length).Split('/')[0])
            .OrderBy(group => group.Key, StringComparer.Ordinal);
        foreach (var type in byType)
        {
            var group = new XElement("forms", new XAttribute("type", type.Key));
            foreach (var path in type)
            {
                group.Add(XmlFiles.Root(tree, path).Elements("systemform").Select(form => new XElement(form)));
            }

            forms.Add(group);
        }

        Replace(entity, "FormXml", forms);
    }

    /// <summary>
    /// Whether the form file at <paramref name="path"/> goes into the package: a managed variant only
    /// into the managed one, a plain file into the unmanaged one and into the managed one when it has no variant.
    /// </summary>
    private static bool IsInPackage(SourceTree tree, string path, bool managed)
    {
        if (path.EndsWith(ManagedSuffix, StringComparison.OrdinalIgnoreCase))
        {
            return managed;
        }

        return !managed || !tree.Contains(path.Substring(0, path.Length - ".xml".Length) + ManagedSuffix);
    }

    private static void FillViews(SourceTree tree, string entityFolder, XElement entity)
    {
        var views = tree.Under(entityFolder + SolutionLayout.ViewsFolder).ToList();
        var queries = new XElement("savedqueries");
        foreach (var path in views)
        {
            queries.Add(XmlFiles.Root(tree, path).Elements("savedquery").Select(view => new XElement(view)));
        }

        if (views.Count == 0)
        {
            // An empty SavedQueries is invalid (the schema wants savedqueries inside); an export of a
            // table without views in the solution writes none, so the placeholder goes.
            entity.Element("SavedQueries")?.Remove();
            return;
        }

        Replace(entity, "SavedQueries", new XElement("SavedQueries", queries));
    }

    private static void FillRelationships(SourceTree tree, XElement section)
    {
        if (!tree.Contains(SolutionLayout.RelationshipsIndex))
        {
            return;
        }

        // The index decides membership and order; the per-table files hold the definitions.
        var definitions = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var path in tree.Under(SolutionLayout.RelationshipsFolder))
        {
            foreach (var relationship in XmlFiles.Root(tree, path).Elements("EntityRelationship"))
            {
                definitions[(string)relationship.Attribute("Name")!] = relationship;
            }
        }

        foreach (var stub in XmlFiles.Root(tree, SolutionLayout.RelationshipsIndex).Elements("EntityRelationship"))
        {
            var name = (string)stub.Attribute("Name")!;
            section.Add(definitions.TryGetValue(name, out var definition) ? new XElement(definition) : new XElement(stub));
        }
    }

    private static void Replace(XElement entity, string name, XElement content)
    {
        var placeholder = entity.Element(name);
        if (placeholder is null)
        {
            entity.Add(content);
        }
        else
        {
            placeholder.ReplaceWith(content);
        }
    }
}
