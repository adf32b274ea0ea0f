using System.Linq;
using System.Xml.Linq;

namespace CrmEnablement.Cli.Packaging;

/// <summary>
/// What the managed zip changes besides <c>Managed</c> 1: components Microsoft recommends shipping
/// not customizable in a managed solution. The Custom API is not customizable in both zips already
/// (its source says so); here it is the web resources, whose built files an in-app edit would break
/// (dataverse-platform.md §7.4), and the plugin steps, whose stage, mode, filtering attributes and
/// images the plugins rely on (a changed step fails quietly: suggestions stop refreshing).
/// </summary>
public static class ManagedVariant
{
    /// <summary>Applies the managed changes to the folded customizations in place.</summary>
    public static void Apply(XElement customizations)
    {
        var webResources = customizations.Elements(CustomizationSections.WebResources).Elements("WebResource");
        var steps = customizations.Elements(CustomizationSections.Steps).Elements("SdkMessageProcessingStep");
        foreach (var flag in webResources.Concat(steps).Elements("IsCustomizable").ToList())
        {
            flag.Value = "0";
        }
    }
}
