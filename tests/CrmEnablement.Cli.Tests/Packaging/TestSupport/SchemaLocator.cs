using System;
using System.IO;

namespace CrmEnablement.Cli.Tests.Packaging.TestSupport;

/// <summary>
/// Finds Microsoft's customization schema: the folder in CEN_SCHEMAS, else ../shared/reference/schemas
/// beside the repository (as CI checks it out).
/// </summary>
internal static class SchemaLocator
{
    public const string Variable = "CEN_SCHEMAS";

    /// <summary>The path of CustomizationsSolution.xsd, or null with <paramref name="reason"/> saying where it looked.</summary>
    public static string? CustomizationsXsd(out string reason)
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        var candidates = configured is { Length: > 0 }
            ? new[] { Path.Combine(configured, "xsd", "CustomizationsSolution.xsd"), Path.Combine(configured, "CustomizationsSolution.xsd") }
            : new[] { Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "reference", "schemas", "xsd", "CustomizationsSolution.xsd")) };
        foreach (var candidate in candidates)
        {
            if (File.Exists(candidate))
            {
                reason = "";
                return candidate;
            }
        }

        reason = $"CustomizationsSolution.xsd not found (looked at {string.Join(", ", candidates)}); set {Variable} to the schemas folder.";
        return null;
    }
}
