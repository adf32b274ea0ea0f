using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmEnablement.Cli.Packaging;

/// <summary>
/// The built assembly against the solution: the identity its <c>.dll.data.xml</c> declares, every
/// plugin type it lists and every type a step runs must be in the assembly, and only a build against
/// Microsoft's SDK may be imported.
/// </summary>
public static class PluginTypeChecks
{
    /// <summary>The problems; <paramref name="assemblyPath"/> names the built file in messages.</summary>
    public static IEnumerable<string> Check(SourceTree tree, PluginAssemblyInfo assembly, string assemblyPath, bool allowStandIn)
    {
        if (assembly.XrmSdkReference is null)
        {
            yield return CliMessages.PackNotAPluginAssembly(assemblyPath);
        }
        else if (assembly.BuiltAgainstStandIn && !allowStandIn)
        {
            yield return CliMessages.PackStandIn(assemblyPath);
        }

        foreach (var path in tree.Under(SolutionLayout.PluginAssembliesFolder).Where(path => path.EndsWith(SolutionLayout.DataSuffix, StringComparison.Ordinal)))
        {
            var data = XmlFiles.Root(tree, path);
            var declared = (string?)data.Attribute("FullName") ?? "";
            if (!string.Equals(declared, assembly.FullName, StringComparison.Ordinal))
            {
                yield return CliMessages.PackAssemblyIdentity(path, declared, assembly.FullName);
            }

            foreach (var type in data.Descendants("PluginType").Select(type => (string?)type.Attribute("Name") ?? ""))
            {
                if (!assembly.PublicTypes.Contains(type))
                {
                    yield return CliMessages.PackMissingPluginType(path, type, assemblyPath);
                }
            }
        }

        foreach (var path in tree.Under(SolutionLayout.StepsFolder))
        {
            var type = TypeName(XmlFiles.Child(XmlFiles.Root(tree, path), "PluginTypeName") ?? "");
            if (!assembly.PublicTypes.Contains(type))
            {
                yield return CliMessages.PackMissingPluginType(path, type, assemblyPath);
            }
        }
    }

    /// <summary>The type's full name from an assembly-qualified name ("Ns.Type, Assembly, Version=…").</summary>
    public static string TypeName(string assemblyQualifiedName) => assemblyQualifiedName.Split(',')[0].Trim();
}
