namespace CrmEnablement.Cli.Packaging;

/// <summary>What <c>cen pack</c> was asked to do.</summary>
/// <param name="SolutionFolder">The folder holding <c>src/</c> and <c>solution-mapping.xml</c>.</param>
/// <param name="OutputFolder">Where the zips go.</param>
/// <param name="Configuration">The build configuration whose output the mapping takes.</param>
/// <param name="Version">The four-part version to stamp, or null to keep the source's.</param>
/// <param name="AllowStandIn">Pack an assembly built against the stand-in SDK (the zips say so in their names).</param>
/// <param name="WebResources">A folder of built web resources by name, instead of the mapped build output.</param>
/// <param name="Assembly">A built plugin assembly, instead of the mapped build output.</param>
public sealed record PackRequest(
    string SolutionFolder,
    string OutputFolder,
    string Configuration,
    string? Version = null,
    bool AllowStandIn = false,
    string? WebResources = null,
    string? Assembly = null);
