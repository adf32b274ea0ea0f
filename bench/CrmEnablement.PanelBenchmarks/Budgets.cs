namespace CrmEnablement.PanelBenchmarks;

/// <summary>The web resource's targets of ARCHITECTURE.md §4.</summary>
internal static class Budgets
{
    /// <summary>First render after the Custom API's data arrives, in milliseconds (checked on the median).</summary>
    public const double FirstRenderMilliseconds = 100;

    /// <summary>suggestions.js, minified (30 KB; WebResources/scripts/build.mjs fails the build above it).</summary>
    public const long BundleBytes = 30 * 1024;
}
