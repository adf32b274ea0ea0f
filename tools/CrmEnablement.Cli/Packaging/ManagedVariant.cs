using System.Linq;
using System.Xml.Linq;

namespace CrmEnablement.Cli.Packaging;

/// <summary>
/// What the managed zip changes besides <c>Managed</c> 1: components Microsoft recommends shipping
/// not customizable in a managed solution. The Custom API is not customizable in both zips already
/// (its source says so); here it is the web resources, whose built files an in-app edit would break
/// (dataverse-platform.md §7.4).
/// </summary>
public static class ManagedVariant
{
    /// <summary>Applies the managed changes to the folded customizations in place.</summary>
    public static void Apply(XElement customizations)
    {
        foreach (var flag in customizations.Elements(CustomizationSections.WebResources).Elements("WebResource").Elements("IsCustomizable").ToList())
        {
            flag.Value = "0";
        }
    }
}
