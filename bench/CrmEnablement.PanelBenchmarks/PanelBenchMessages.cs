using System;

namespace CrmEnablement.PanelBenchmarks;

/// <summary>What the benchmark tells its user, in one place.</summary>
internal static class PanelBenchMessages
{
    public const string Usage =
        "usage: dotnet run -c Release --project bench/CrmEnablement.PanelBenchmarks [-- --quick]   (30 measured loads; --quick: 10)";

    public const string ChromiumMissing =
        "Chromium is not installed at " + ChromiumBrowser.ExecutablePath + ": the panel benchmark needs Debian's chromium package " +
        "(apt-get install -y chromium). Playwright never downloads a browser here.";

    public const string WebResourceNotBuilt =
        "The web resource is not built (no WebResources/dist/cen_/opportunity/suggestions.html found from here or beside the benchmark). " +
        "Build it first: cd WebResources && npm ci && npm run build";

    public const string SamplesMissing =
        "The repository's samples/ folder (with catalog.csv) was not found from here or beside the benchmark; run it from the repository.";

    public const string DebugBuild = "WARNING: a Debug build; run with -c Release for figures worth quoting.";

    public static string UnknownArgument(string argument) => $"Unknown argument '{argument}'. {Usage}";

    public static string SamplesInvalid(string problem) => "The sample files could not be loaded: " + problem;

    public static string ChromiumDidNotStart(string problem) =>
        $"Chromium at {ChromiumBrowser.ExecutablePath} did not start under Playwright: {problem}";

    public static string DealMissing(string fileId) => $"The samples have no deal {fileId}.";

    public static string NoRender(string problem) =>
        "The panel never showed suggestions (or its marks were missing) on a load; nothing to measure. " + problem;

    public static string LoadAverageAtEnd(string load) =>
        $"Load average at the end: {load}; above 1, other work shares the 2 cores and the times overstate an idle machine's.";

    public static string Verdict(bool met, string target) => $"{(met ? "MET   " : "MISSED")}  {target}";

    public static string Milliseconds(double value) => FormattableString.Invariant($"{value:0.0}");
}
