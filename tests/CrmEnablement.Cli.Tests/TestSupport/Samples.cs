using System.IO;
using System.Linq;

namespace CrmEnablement.Cli.Tests.TestSupport;

/// <summary>The repository's <c>samples/</c> files, copied next to the test assembly.</summary>
internal static class Samples
{
    public static string Catalog => PathOf("catalog.csv");

    public static string Opportunities => PathOf("opportunities.json");

    /// <summary>The sample settings, or null when the samples carry none.</summary>
    public static string? Settings => File.Exists(PathOf("settings.json")) ? PathOf("settings.json") : null;

    /// <summary>The ids in the sample opportunities file, in file order.</summary>
    public static System.Collections.Generic.IReadOnlyList<string> OpportunityIds()
    {
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Opportunities));
        return document.RootElement.EnumerateArray().Select(deal => deal.GetProperty("id").GetString()!).ToArray();
    }

    /// <summary>The arguments of <c>cen recommend</c> over the samples, fixed to <see cref="FixedClock.TodayText"/>.</summary>
    public static string[] RecommendArgs(params string[] extra)
    {
        var args = new System.Collections.Generic.List<string>
        {
            "recommend", "--catalog", Catalog, "--opportunities", Opportunities, "--as-of", FixedClock.TodayText,
        };
        if (Settings is { } settings)
        {
            args.AddRange(new[] { "--settings", settings });
        }

        args.AddRange(extra);
        return args.ToArray();
    }

    private static string PathOf(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "samples", name);
}
