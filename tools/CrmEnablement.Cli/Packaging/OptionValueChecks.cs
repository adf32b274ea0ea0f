using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;

namespace CrmEnablement.Cli.Packaging;

/// <summary>
/// Choice values the solution defines lie in the publisher's range (prefix × 10000 to prefix × 10000
/// + 9999), so they never collide with another publisher's and keep their meaning forever. Status
/// reasons 1 and 2 are the platform's own and are exempt.
/// </summary>
public static class OptionValueChecks
{
    private static readonly HashSet<int> PlatformStatusReasons = new() { 1, 2 };

    /// <summary>The values outside the range, one message each.</summary>
    public static IEnumerable<string> Check(SourceTree tree, SolutionManifest manifest)
    {
        var low = manifest.OptionValuePrefix * 10000;
        var high = low + 9999;
        var values = new List<(string File, string Choice, int Value)>();
        foreach (var path in tree.Under(SolutionLayout.OptionSetsFolder))
        {
            var choice = XmlFiles.Root(tree, path);
            values.AddRange(Options(choice).Select(value => (path, (string?)choice.Attribute("Name") ?? "", value)));
        }

        foreach (var path in tree.Under(SolutionLayout.EntitiesFolder).Where(path => path.EndsWith("/" + SolutionLayout.EntityFile, StringComparison.Ordinal)))
        {
            foreach (var choice in XmlFiles.Root(tree, path).Descendants("optionset"))
            {
                var name = (string?)choice.Attribute("Name") ?? "";
                switch (XmlFiles.Child(choice, "OptionSetType"))
                {
                    case "picklist":
                        values.AddRange(Options(choice).Select(value => (path, name, value)));
                        break;
                    case "status":
                        values.AddRange(Values(choice.Descendants("status")).Where(value => !PlatformStatusReasons.Contains(value)).Select(value => (path, name, value)));
                        break;
                }
            }
        }

        return values.Where(item => item.Value < low || item.Value > high)
            .Select(item => CliMessages.PackOptionOutOfRange(item.File, item.Choice, item.Value, low, high));
    }

    private static IEnumerable<int> Options(XElement choice) => Values(choice.Elements("options").Elements("option"));

    private static IEnumerable<int> Values(IEnumerable<XElement> options) =>
        options.Select(option => int.Parse((string)option.Attribute("value")!, NumberStyles.Integer, CultureInfo.InvariantCulture));
}
