using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CrmEnablement.Cli.Dataverse;
using CrmEnablement.Engine.Catalog;

namespace CrmEnablement.Cli.Import;

/// <summary>
/// Imports validated catalogue rows: reads what exists (with the first rows as create-only writes
/// in the same request, <see cref="FirstRequest"/>), sends only creates and real changes as
/// alternate-key upserts in <c>$batch</c> requests (in parallel up to the server's hint), reads
/// every operation's own answer, retries what may succeed later and reports the rest by row.
/// Ctrl+C lets the batches in flight finish and starts no more; a re-run picks up where it stopped.
/// </summary>
internal sealed class ContentImporter
{
    private readonly DataverseClient _client;
    private readonly ContentRecordMapper _mapper;
    private readonly ImportOptions _options;
    private int _resentBatches;

    public ContentImporter(DataverseClient client, ContentRecordMapper mapper, ImportOptions options)
    {
        _client = client;
        _mapper = mapper;
        _options = options;
    }

    /// <summary>Runs the import of <paramref name="items"/>; <paramref name="total"/> counts the file's rows.</summary>
    /// <exception cref="EnvironmentException">The environment cannot be reached before anything was sent.</exception>
    public async Task<ImportResult> RunAsync(IReadOnlyList<ValidatedItem> items, int total, IEnumerable<RejectedRow> alreadyRejected, IImportProgress progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var result = new ImportResult { Total = total };
        foreach (var row in alreadyRejected)
        {
            result.Reject(row);
        }

        // Rows that bind to nothing go out create-only with the read itself (see FirstRequest).
        var first = await FirstRequest.SendAsync(_client, _mapper, items, _options, cancellationToken).ConfigureAwait(false);
        result.Count(RowAction.Create, first.Created.Count);
        var (rows, refused) = ImportPlanner.Plan(items.Where(item => !first.Created.Contains(item)).ToList(), first.Existing, _mapper);
        foreach (var row in refused)
        {
            result.Reject(row);
        }

        result.Count(RowAction.Unchanged, rows.Count(row => row.Action == RowAction.Unchanged));
        if (first.SentAgainUncertain)
        {
            // The request was sent again, so its first try may have created rows the second found.
            result.PerhapsCreatedBefore = rows.Count(row => row.Action == RowAction.Unchanged && first.AlreadyThere.Contains(row.Id));
        }

        var toSend = rows.Where(row => row.Action != RowAction.Unchanged).ToList();
        if (_options.DryRun)
        {
            result.Count(RowAction.Create, toSend.Count(row => row.Action == RowAction.Create));
            result.Count(RowAction.Update, toSend.Count(row => row.Action == RowAction.Update));
        }
        else
        {
            progress.Report(result.Done, total);
            await SendAsync(toSend, first.SentBefore, first.Wait, result, progress, cancellationToken).ConfigureAwait(false);
        }

        result.Cancelled = cancellationToken.IsCancellationRequested && result.NotSent > 0;
        result.Requests = _client.Requests;
        result.Retries = _client.Retries + _resentBatches;
        result.Elapsed = clock.Elapsed;
        return result;
    }

    private async Task SendAsync(List<PlannedRow> rows, ISet<string> sentBefore, LongestWait firstWait, ImportResult result, IImportProgress progress, CancellationToken cancellationToken)
    {
        var failed = new ConcurrentDictionary<string, bool>(StringComparer.OrdinalIgnoreCase);

        // Every related training before the rows that bind to it, so a batch can hold both: the
        // operations of one batch run in order, so a row may bind to a row created earlier in it.
        var upserts = rows.OrderBy(row => row.Wave).ThenBy(row => row.Source.Line)
            .Select(row => new PendingWrite(row, new BatchOperation(HttpMethod.Patch, ContentColumns.KeyPath(row.Id),
                ContentJson.ToJson(row.Desired, withCounters: row.Action == RowAction.Create, bindRelated: row.BindInUpsert)))
            { Sent = sentBefore.Contains(row.Id) ? 1 : 0 })
            .ToList();
        await SendAllAsync(upserts, firstWait, result, failed, progress, countOutcome: true, cancellationToken).ConfigureAwait(false);
        if (result.Failure is not null || cancellationToken.IsCancellationRequested)
        {
            return;
        }

        // Rows that refer to each other were upserted without the lookup; bind them now that both exist.
        var binds = rows.Where(row => !row.BindInUpsert && !failed.ContainsKey(row.Id))
            .Select(row => new PendingWrite(row, new BatchOperation(HttpMethod.Patch, ContentColumns.KeyPath(row.Id), ContentJson.BindOnlyJson(row.Desired.RelatedTraining),
                new Dictionary<string, string> { ["If-Match"] = "*" })))
            .ToList();
        await SendAllAsync(binds, new LongestWait(), result, failed, progress, countOutcome: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends <paramref name="pending"/> (in dependency order) in full batches; batches that bind to
    /// rows another batch creates wait for that batch's round, the rest go in parallel. What may
    /// succeed later is sent again, in order, after a pause (the longest Retry-After asked, given in
    /// <paramref name="wait"/> for writes already sent once), until its writes reach the attempt limit.
    /// </summary>
    private async Task SendAllAsync(List<PendingWrite> pending, LongestWait wait, ImportResult result, ConcurrentDictionary<string, bool> failed,
        IImportProgress progress, bool countOutcome, CancellationToken cancellationToken)
    {
        while (pending.Count > 0)
        {
            var tries = pending.Max(write => write.Sent);
            if (tries > 0 && !cancellationToken.IsCancellationRequested && result.Failure is null)
            {
                try
                {
                    await _client.PauseBeforeResendAsync(wait.Value, tries, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // The batches below count the rows as not sent.
                }
            }

            var position = pending.Select((write, index) => (write.Row, index)).ToDictionary(entry => entry.Row, entry => entry.index);
            var again = new ConcurrentDictionary<string, PendingWrite>(StringComparer.OrdinalIgnoreCase);
            wait = new LongestWait();
            var batches = pending.Chunk(_options.BatchSize).ToArray();
            var rounds = ImportRounds.Assign(batches.Select(batch => (IReadOnlyList<PlannedRow>)batch.Select(write => write.Row).ToArray()).ToArray());
            foreach (var round in rounds)
            {
                var parallel = new ParallelOptions { MaxDegreeOfParallelism = _client.DegreeOfParallelism };
                var roundWait = wait;
                await Parallel.ForEachAsync(round.Select(index => batches[index]), parallel, async (batch, _) =>
                {
                    await SendBatchAsync(batch, result, failed, again, roundWait, countOutcome, cancellationToken).ConfigureAwait(false);
                    progress.Report(result.Done, result.Total);
                }).ConfigureAwait(false);
            }

            pending = again.Values.OrderBy(write => position[write.Row]).ToList();
        }
    }

    private async Task SendBatchAsync(PendingWrite[] batch, ImportResult result, ConcurrentDictionary<string, bool> failed,
        ConcurrentDictionary<string, PendingWrite> again, LongestWait longestWait, bool countOutcome, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested || result.Failure is not null)
        {
            result.CountNotSent(countOutcome ? batch.Length : 0);
            return;
        }

        // A row whose related training failed in an earlier round is refused without sending it;
        // one whose related training waits for another attempt waits with it.
        var send = new List<PendingWrite>(batch.Length);
        foreach (var write in batch)
        {
            if (BoundTarget(write) is { } target && failed.ContainsKey(target))
            {
                Refuse(write, CliMessages.RelatedTrainingNotImported(target), result, failed, countOutcome);
            }
            else if (BoundTarget(write) is { } waiting && again.ContainsKey(waiting))
            {
                again[write.Row.Id] = write;
            }
            else
            {
                send.Add(write);
            }
        }

        if (send.Count == 0)
        {
            return;
        }

        if (send.Any(write => write.Sent > 0))
        {
            Interlocked.Increment(ref _resentBatches);
        }

        foreach (var write in send)
        {
            write.Sent++;
        }

        var lastAttempt = send.Max(write => write.Sent) >= _options.MaxAttempts;
        IReadOnlyList<IReadOnlyList<BatchItemResponse>> answers;
        try
        {
            answers = await BatchSender.SendAsync(_client, send.Select(write => write.Operation).ToArray(), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            result.CountNotSent(countOutcome ? send.Count : 0);
            return;
        }
        catch (ProtocolException error) when (!lastAttempt && !error.IsRefusal)
        {
            // The answer could not be read (or was a server error), so what happened is unknown:
            // send the same upserts again, which is safe because they write the same values. A
            // batch refused as a whole (4xx) would only be refused again.
            foreach (var write in send)
            {
                again[write.Row.Id] = write;
            }

            return;
        }
        catch (Exception error) when (error is EnvironmentException || error is ProtocolException)
        {
            result.Failure ??= error;
            result.CountNotSent(countOutcome ? send.Count : 0);
            return;
        }

        for (var index = 0; index < send.Count; index++)
        {
            var write = send[index];
            var answer = index < answers.Count && answers[index].Count > 0 ? answers[index][0] : null;
            if (answer is { IsSuccess: true })
            {
                if (countOutcome)
                {
                    result.Count(write.Row.Action);
                }
            }
            else if (BoundTarget(write) is { } target && failed.ContainsKey(target))
            {
                // Its related training, earlier in this batch, was refused: that is the reason.
                Refuse(write, CliMessages.RelatedTrainingNotImported(target), result, failed, countOutcome);
            }
            else if (write.Sent < _options.MaxAttempts && (answer is null || answer.Status == 429 || answer.Status >= 500
                || (BoundTarget(write) is { } waiting && again.ContainsKey(waiting))))
            {
                // No answer (the server stopped early), a transient one, or a related training that
                // is itself being sent again: try it in the next round, after what the answer asks.
                again[write.Row.Id] = write;
                longestWait.Note(answer?.RetryAfter(_client.UtcNow));
            }
            else
            {
                var reason = answer is null ? CliMessages.NoAnswerForRow : CliMessages.RowRefused(HttpStatusText.Of(answer.Status), ODataError.MessageOf(answer.Body));
                Refuse(write, countOutcome ? reason : CliMessages.RelatedTrainingNotBound(write.Row.Desired.RelatedTraining ?? "", reason), result, failed, countOutcome: true);
            }
        }
    }

    /// <summary>The related training this write binds to, when that row is being written in this run too.</summary>
    private static string? BoundTarget(PendingWrite write) => write.Row.BindInUpsert ? write.Row.DependsOn : null;

    private static void Refuse(PendingWrite write, string reason, ImportResult result, ConcurrentDictionary<string, bool> failed, bool countOutcome)
    {
        failed[write.Row.Id] = true;
        if (countOutcome)
        {
            result.Reject(Rejection(write.Row, reason));
        }
    }

    private static RejectedRow Rejection(PlannedRow row, string reason) => new(row.Source.Line, row.Id, reason);
}
