namespace CrmEnablement.Cli.Import;

/// <summary>How an import runs.</summary>
/// <param name="BatchSize">Row writes per <c>$batch</c> request (1–1000; Dataverse allows 1000 operations).</param>
/// <param name="DryRun">Read and compare only; send no write.</param>
/// <param name="MaxAttempts">Tries per operation when its own answer is 429/5xx or missing, or the batch answer is unreadable.</param>
internal sealed record ImportOptions(int BatchSize = 100, bool DryRun = false, int MaxAttempts = 4);
