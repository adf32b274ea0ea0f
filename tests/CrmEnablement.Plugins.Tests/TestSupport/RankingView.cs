using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace CrmEnablement.Plugins.Tests.TestSupport;

/// <summary>What the Custom API's suggestions JSON says, for assertions: the phase, the warnings, and each item's reason texts.</summary>
internal sealed record RankingView(string Phase, IReadOnlyList<string> Warnings, IReadOnlyList<string> ContentIds, IReadOnlyDictionary<string, string[]> Reasons)
{
    public static RankingView Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var suggestions = root.GetProperty("suggestions").EnumerateArray().ToArray();
        return new RankingView(
            root.GetProperty("phase").GetString()!,
            root.GetProperty("warnings").EnumerateArray().Select(warning => warning.GetString()!).ToArray(),
            suggestions.Select(suggestion => suggestion.GetProperty("contentId").GetString()!).ToArray(),
            suggestions.ToDictionary(
                suggestion => suggestion.GetProperty("contentId").GetString()!,
                suggestion => suggestion.GetProperty("reasons").EnumerateArray().Select(reason => reason.GetProperty("text").GetString()!).ToArray()));
    }

    /// <summary>The reason texts of <paramref name="contentId"/>; none when it is not suggested.</summary>
    public string[] ReasonsFor(string contentId) => Reasons.TryGetValue(contentId, out var texts) ? texts : new string[0];
}
