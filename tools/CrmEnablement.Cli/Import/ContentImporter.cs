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
/// Imports validated catalogue rows: reads what exists, sends only creates and real changes as
/// alternate-key upserts in <c>$batch</c> requests (in parallel up to the server's hint), reads
/// every operation's own answer, retries what may succeed later and reports the rest by row.
/// Ctrl+C lets the batches in flight finish and starts no more; a re-run picks up where it stopped.
/// </summary>
internal sealed class ContentImporter
{
    private readonly DataverseClient _client;
    private readonly ContentRecordMapper _mapper;
    private readonly ImportOptions _options;

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

        var existing = await ContentReader.ReadByExternalIdsAsync(_client, items.Select(item => item.Item.Id).ToArray(), cancellationToken).ConfigureAwait(false);
        var (rows, refused) = ImportPlanner.Plan(items, existing, _mapper);
        foreach (var row in refused)
        {
            result.Reject(row);
        }

        result.Count(RowAction.Unchanged, rows.Count(row => row.Action == RowAction.Unchanged));
        var toSend = rows.Where(row => row.Action != RowAction.Unchanged).ToList();
        if (_options.DryRun)
        {
            result.Count(RowAction.Create, toSend.Count(row => row.Action == RowAction.Create));
            result.Count(RowAction.Update, toSend.Count(row => row.Action == RowAction.Update));
        }
        else
        {
            progress.Report(result.Done, total);
            await SendAsync(toSend, result, progress, cancellationToken).ConfigureAwait(false);
        }

        result.Cancelled = cancellationToken.IsCancellationRequested && result.NotSent > 0;
        result.Requests = _client.Requests;
        result.Retries = _client.Retries;
        result.Elapsed = clock.Elapsed;
        return result;
    }

    private async Task SendAsync(List<PlannedRow> rows, ImportResult result, IImportProgress progress, CancellationToken cancellationToken)
    {
        var failed = new ConcurrentDictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var wave in rows.GroupBy(row => row.Wave).OrderBy(group => group.Key))
        {
            var ready = new List<PlannedRow>();
            foreach (var row in wave)
            {
                if (row.BindInUpsert && row.Desired.RelatedTraining is { } target && failed.ContainsKey(target))
                {
                    result.Reject(Rejection(row, CliMessages.RelatedTrainingNotImported(target)));
                    failed[row.Id] = true;
                }
                else
                {
                    ready.Add(row);
                }
            }

            var operations = ready.Select(row => (row, new BatchOperation(HttpMethod.Patch, ContentColumns.KeyPath(row.Id),
                ContentJson.ToJson(row.Desired, withCounters: row.Action == RowAction.Create, bindRelated: row.BindInUpsert)))).ToList();
            await SendWaveAsync(operations, result, failed, progress, countOutcome: true, cancellationToken).ConfigureAwait(false);
            if (result.Failure is not null || cancellationToken.IsCancellationRequested)
            {
                result.CountNotSent(rows.Count(row => row.Wave > wave.Key));
                return;
            }
        }

        // Rows that refer to each other were upserted without the lookup; bind them now that both exist.
        var binds = rows.Where(row => !row.BindInUpsert && !failed.ContainsKey(row.Id))
            .Select(row => (row, new BatchOperation(HttpMethod.Patch, ContentColumns.KeyPath(row.Id), ContentJson.BindOnlyJson(row.Desired.RelatedTraining),
                new Dictionary<string, string> { ["If-Match"] = "*" })))
            .ToList();
        await SendWaveAsync(binds, result, failed, progress, countOutcome: false, cancellationToken).ConfigureAwait(false);
    }

    private async Task SendWaveAsync(List<(PlannedRow Row, BatchOperation Operation)> pending, ImportResult result, ConcurrentDictionary<string, bool> failed,
        IImportProgress progress, bool countOutcome, CancellationToken cancellationToken)
    {
        for (var attempt = 1; pending.Count > 0; attempt++)
        {
            var again = new ConcurrentBag<(PlannedRow Row, BatchOperation Operation)>();
            var batches = pending.Chunk(_options.BatchSize).ToArray();
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = _client.DegreeOfParallelism };
            await Parallel.ForEachAsync(batches, parallel, async (batch, _) =>
            {
                if (cancellationToken.IsCancellationRequested || result.Failure is not null)
                {
                    result.CountNotSent(countOutcome ? batch.Length : 0);
                    return;
                }

                IReadOnlyList<IReadOnlyList<BatchItemResponse>> answers;
                try
                {
                    answers = await BatchSender.SendAsync(_client, batch.Select(entry => entry.Operation).ToArray(), cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    result.CountNotSent(countOutcome ? batch.Length : 0);
                    return;
                }
                catch (ProtocolException) when (attempt < _options.MaxAttempts)
                {
                    // The answer could not be read, so what happened is unknown: send the same
                    // upserts again, which is safe because they write the same values.
                    foreach (var entry in batch)
                    {
                        again.Add(entry);
                    }

                    return;
                }
                catch (Exception error) when (error is EnvironmentException || error is ProtocolException)
                {
                    result.Failure ??= error;
                    result.CountNotSent(countOutcome ? batch.Length : 0);
                    return;
                }

                for (var index = 0; index < batch.Length; index++)
                {
                    var (row, operation) = batch[index];
                    var answer = index < answers.Count && answers[index].Count > 0 ? answers[index][0] : null;
                    if (answer is { IsSuccess: true })
                    {
                        if (countOutcome)
                        {
                            result.Count(row.Action);
                        }
                    }
                    else if ((answer is null || answer.Status == 429 || answer.Status >= 500) && attempt < _options.MaxAttempts)
                    {
                        // No answer (the server stopped early) or a transient one: try it in the next round.
                        again.Add((row, operation));
                    }
                    else
                    {
                        var reason = answer is null ? CliMessages.NoAnswerForRow : CliMessages.RowRefused(HttpStatusText.Of(answer.Status), ODataError.MessageOf(answer.Body));
                        failed[row.Id] = true;
                        if (countOutcome)
                        {
                            result.Reject(Rejection(row, reason));
                        }
                        else
                        {
                            result.Reject(Rejection(row, CliMessages.RelatedTrainingNotBound(row.Desired.RelatedTraining ?? "", reason)));
                        }
                    }
                }

                progress.Report(result.Done, result.Total);
            }).ConfigureAwait(false);
            pending = again.OrderBy(entry => entry.Row.Source.Line).ToList();
        }
    }

    private static RejectedRow Rejection(PlannedRow row, string reason) => new(row.Source.Line, row.Id, reason);
}
