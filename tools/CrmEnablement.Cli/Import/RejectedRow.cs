namespace CrmEnablement.Cli.Import;

/// <summary>A file row that was not imported, and why.</summary>
/// <param name="Line">The file line the row starts on.</param>
/// <param name="Id">The row's id (may be empty when the id itself was the problem).</param>
/// <param name="Reason">Why, for a person; the rejects file's reason column.</param>
internal sealed record RejectedRow(int Line, string Id, string Reason);
