namespace CrmEnablement.PanelBenchmarks;

/// <summary>One load's first render after data, two ways, in milliseconds.</summary>
/// <param name="PanelMilliseconds">The panel's own marks inside suggestions.html: <c>cen-data</c> → <c>cen-rendered</c>.</param>
/// <param name="HarnessMilliseconds">The harness's clock: the Custom API answer's <c>json()</c> → the first item in the frame's DOM.</param>
internal readonly record struct RenderTimes(double PanelMilliseconds, double HarnessMilliseconds);
