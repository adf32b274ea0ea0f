using System.Collections.Generic;
using System.Globalization;

namespace CrmEnablement.Cli.Analytics;

/// <summary>The report's tables as text cells, shared by the console and HTML writers so both say the same.</summary>
internal static class AnalyticsRows
{
    public static readonly string[] ContentHeader =
    {
        "Content", "Title", "Author", "Suggested", "Opened", "Shared/copied", "Helpful", "Not helpful", "Dismissed", "Win rate used", "Win rate not used", "Lift",
    };

    public static readonly string[] AuthorHeader = { "Author", "Items", "Suggested", "Opened", "Shared/copied", "Helpful", "Not helpful", "Win rate used" };

    public static IEnumerable<string[]> Content(AnalyticsReport report)
    {
        foreach (var entry in report.Content)
        {
            yield return new[]
            {
                entry.ContentId, entry.Title, entry.Author, Number(entry.Suggested), Number(entry.Opened), Number(entry.SharedOrCopied),
                Number(entry.Helpful), Number(entry.NotHelpful), Number(entry.Dismissed), entry.Used.ToString(), entry.NotUsed.ToString(),
                entry.Lift is { } lift ? lift.ToString("+0;-0;0", CultureInfo.InvariantCulture) + " pts" : "–",
            };
        }
    }

    public static IEnumerable<string[]> Authors(AnalyticsReport report)
    {
        foreach (var entry in report.Authors)
        {
            yield return new[]
            {
                entry.Author, Number(entry.Items), Number(entry.Suggested), Number(entry.Opened), Number(entry.SharedOrCopied),
                Number(entry.Helpful), Number(entry.NotHelpful), entry.Used.ToString(),
            };
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
