using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CrmEnablement.Cli.Dataverse;
using CrmEnablement.Engine.Catalog;

namespace CrmEnablement.Cli.Import;

/// <summary>
/// An import's first request: the read of what already exists, carrying the first rows that bind to
/// no related training as create-only upserts (<c>If-None-Match: *</c>). On a first import they are
/// created without a request of their own; a row that already exists answers 412, changes nothing
/// and is planned afterwards like every other row.
/// </summary>
internal sealed class FirstRequest
{
    private FirstRequest(Dictionary<string, ContentRecord> existing)
    {
        Existing = existing;
    }

    /// <summary>The rows the environment held before this request's writes, by external id.</summary>
    public Dictionary<string, ContentRecord> Existing { get; }

    /// <summary>File rows this request created.</summary>
    public HashSet<ValidatedItem> Created { get; } = new();

    /// <summary>Rows whose create-only write was answered 412: they were there already.</summary>
    public HashSet<string> AlreadyThere { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Rows answered 429/5xx: sent once already, to be sent again after <see cref="Wait"/>.</summary>
    public HashSet<string> SentBefore { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The longest Retry-After those answers asked for.</summary>
    public LongestWait Wait { get; } = new();

    /// <summary>True when the request was sent again after an answer that did not say whether it was carried out.</summary>
    public bool SentAgainUncertain { get; private set; }

    /// <summary>Sends the request; with <c>DryRun</c> it only reads.</summary>
    public static async Task<FirstRequest> SendAsync(DataverseClient client, ContentRecordMapper mapper, IReadOnlyList<ValidatedItem> items,
        ImportOptions options, CancellationToken cancellationToken)
    {
        var writes = options.DryRun ? Array.Empty<PendingWrite>() : CreateOnly(mapper, items, options.BatchSize);
        var uncertainBefore = client.UncertainRetries;
        var (existing, answers) = await ContentReader.ReadByExternalIdsAsync(client, items.Select(item => item.Item.Id).ToArray(),
            writes.Select(write => write.Operation).ToArray(), cancellationToken).ConfigureAwait(false);
        var first = new FirstRequest(existing) { SentAgainUncertain = client.UncertainRetries > uncertainBefore };
        for (var index = 0; index < writes.Length; index++)
        {
            var answer = answers[index];
            var row = writes[index].Row;
            if (answer is { Status: 412 })
            {
                first.AlreadyThere.Add(row.Id);
            }
            else if (answer is { IsSuccess: true })
            {
                first.Created.Add(row.Source);
            }
            else if (answer is not null && (answer.Status == 429 || answer.Status >= 500))
            {
                first.SentBefore.Add(row.Id);
                first.Wait.Note(answer.RetryAfter(client.UtcNow));
            }
        }

        return first;
    }

    /// <summary>
    /// The first file rows (up to a batch, leaving room for the read's queries) that bind to no
    /// related training and whose id no other row shares in another case.
    /// </summary>
    private static PendingWrite[] CreateOnly(ContentRecordMapper mapper, IReadOnlyList<ValidatedItem> items, int batchSize)
    {
        var shared = new HashSet<string>(items.GroupBy(item => item.Item.Id, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1).Select(group => group.Key), StringComparer.OrdinalIgnoreCase);
        return items.Where(item => string.IsNullOrEmpty(item.Item.RelatedTraining) && !shared.Contains(item.Item.Id))
            .Take(Math.Min(batchSize, ContentReader.MaxOperationsPerBatch - ContentReader.QueriesPerBatch))
            .Select(item =>
            {
                var row = new PlannedRow(item, mapper.ToRecord(item.Item), RowAction.Create);
                return new PendingWrite(row, new BatchOperation(HttpMethod.Patch, ContentColumns.KeyPath(row.Id),
                    ContentJson.ToJson(row.Desired, withCounters: true, bindRelated: false),
                    new Dictionary<string, string> { ["If-None-Match"] = "*" }));
            })
            .ToArray();
    }
}
