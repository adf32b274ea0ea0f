namespace CrmEnablement.Cli.Analytics;

/// <summary>An author's items added up: authorship is credited.</summary>
internal sealed record AuthorUsage(string Author, int Items, int Suggested, int Opened, int SharedOrCopied, int Helpful, int NotHelpful, WinRate Used);
