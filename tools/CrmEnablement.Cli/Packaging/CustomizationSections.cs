using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace CrmEnablement.Cli.Packaging;

/// <summary>
/// The sections of <c>customizations.xml</c> in the order CustomizationsSolution.xsd's
/// ImportExportXml sequence requires; pack fills them and inserts missing ones in place.
/// </summary>
public static class CustomizationSections
{
    public const string Entities = "Entities";
    public const string Roles = "Roles";
    public const string EntityRelationships = "EntityRelationships";
    public const string OptionSets = "optionsets";
    public const string WebResources = "WebResources";
    public const string PluginAssemblies = "SolutionPluginAssemblies";
    public const string Steps = "SdkMessageProcessingSteps";

    /// <summary>Sections exports always write, empty or not; unpacking leaves these as empty placeholders.</summary>
    public static readonly IReadOnlyList<string> Placeholders = new[] { Entities, Roles, "Workflows", EntityRelationships, OptionSets };

    private static readonly string[] SchemaOrder =
    {
        Entities, Roles, "Workflows", "FieldSecurityProfiles", "Templates", "RibbonDiffXml", "IsvConfig", "RelationshipRoles", "ConnectionRoles",
        "SiteMap", "EntityMaps", EntityRelationships, "OrganizationSettings", OptionSets, "Reports", "RoutingRules", "ChannelPropertyGroups",
        "ConvertRules", "MobileOfflineProfiles", "Slas", "ChannelAccessProfiles", "ChannelAccessProfileRules", "Dashboards",
        "InteractionCentricDashboards", "Dialogs", WebResources, "CustomControls", PluginAssemblies, Steps, "ServiceEndpoints", "AppModuleSiteMaps",
        "AppModules", "EntityDataProviders", "EntityDataSources", "Languages", "GlobalSearchConfigurations", "StoredProcedures",
    };

    /// <summary>The section <paramref name="name"/> of <paramref name="root"/>, added at its schema position when missing.</summary>
    public static XElement Get(XElement root, string name)
    {
        if (root.Element(name) is { } existing)
        {
            return existing;
        }

        var position = Array.IndexOf(SchemaOrder, name);
        var section = new XElement(name);
        var next = root.Elements().FirstOrDefault(element => Array.IndexOf(SchemaOrder, element.Name.LocalName) > position);
        if (next is null)
        {
            root.Add(section);
        }
        else
        {
            next.AddBeforeSelf(section);
        }

        return section;
    }
}
