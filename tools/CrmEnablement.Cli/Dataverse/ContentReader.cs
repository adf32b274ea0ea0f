using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>Reads content rows: those with given external ids (before an import) or all of them (export, reports).</summary>
internal static class ContentReader
{
    /// <summary>Ids per GET: keeps each URL well under the 64 KB Dataverse allows inside a batch.</summary>
    public const int IdsPerQuery = 200;

    /// <summary>GETs per <c>$batch</c>: 10,000 ids cost one request.</summary>
    public const int QueriesPerBatch = 50;

    /// <summary>Operations Dataverse accepts in one <c>$batch</c>, GETs included.</summary>
    public const int MaxOperationsPerBatch = 1000;

    /// <summary>Rows per page when reading everything.</summary>
    public const int PageSize = 5000;

    /// <summary>The query options every read uses: the compared columns and the related training's key.</summary>
    public static string SelectAndExpand =>
        "$select=" + string.Join(",", ContentColumns.Selected)
        + "&$expand=" + ContentColumns.RelatedTrainingNavigation + "($select=" + ContentColumns.ExternalId + ")";

    /// <summary>
    /// The rows whose external id is in <paramref name="externalIds"/>, keyed case-insensitively (the
    /// alternate key is, like Dataverse's string keys). The GETs go inside <c>$batch</c> requests:
    /// reading what exists costs one request per 10,000 ids. <paramref name="alongside"/> goes after
    /// the GETs in the last of them, so writes that need no read share its round trip; the GETs run
    /// first, so they see the rows as they were before those writes.
    /// </summary>
    /// <returns>The rows found, and each of <paramref name="alongside"/>'s answers in order (null when the server gave none).</returns>
    public static async Task<(Dictionary<string, ContentRecord> Found, IReadOnlyList<BatchItemResponse?> Alongside)> ReadByExternalIdsAsync(
        DataverseClient client, IReadOnlyList<string> externalIds, IReadOnlyList<BatchOperation> alongside, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, ContentRecord>(StringComparer.OrdinalIgnoreCase);
        var queries = externalIds.Distinct(StringComparer.OrdinalIgnoreCase).Chunk(IdsPerQuery)
            .Select(ids => new BatchOperation(HttpMethod.Get, QueryByIds(ids), null))
            .ToArray();
        var batches = queries.Chunk(QueriesPerBatch).ToArray();
        var alongsideAnswers = new BatchItemResponse?[alongside.Count];
        for (var index = 0; index < batches.Length; index++)
        {
            var batch = batches[index];
            var last = index == batches.Length - 1;
            var operations = last ? batch.Concat(alongside).ToArray() : batch;
            var answers = await BatchSender.SendAsync(client, operations, cancellationToken).ConfigureAwait(false);
            if (answers.Count < batch.Length || answers.Count > operations.Length)
            {
                throw new ProtocolException(CliMessages.MalformedBatch($"{operations.Length} operations were sent but {answers.Count} answered"));
            }

            foreach (var answer in answers.Take(batch.Length).SelectMany(part => part))
            {
                if (answer.Status != 200)
                {
                    throw new ProtocolException(CliMessages.RequestFailed("reading the existing content", HttpStatusText.Of(answer.Status), ODataError.MessageOf(answer.Body)));
                }

                foreach (var record in Rows(answer.Body))
                {
                    found[record.ExternalId] = record;
                }
            }

            if (last)
            {
                for (var write = 0; write < alongside.Count && batch.Length + write < answers.Count; write++)
                {
                    var parts = answers[batch.Length + write];
                    alongsideAnswers[write] = parts.Count > 0 ? parts[0] : null;
                }
            }
        }

        return (found, alongsideAnswers);
    }

    /// <summary>How many rows without an external id the warning names.</summary>
    public const int KeylessRowsNamed = 3;

    /// <summary>
    /// Every content row that has an external id, in external-id order, following
    /// <c>@odata.nextLink</c> page by page. Rows without one (made in the app while the column was
    /// optional) cannot be exported or matched to a catalogue, so they are left out with one warning
    /// to <paramref name="warnings"/> that counts them and names the first few.
    /// </summary>
    public static async Task<IReadOnlyList<ContentRecord>> ReadAllAsync(DataverseClient client, TextWriter warnings, CancellationToken cancellationToken)
    {
        var records = new List<ContentRecord>();
        var keyless = new List<(string? Title, string? RowId)>();
        var keylessCount = 0;
        string? next = ContentColumns.EntitySet + "?" + SelectAndExpand + "&$orderby=" + ContentColumns.ExternalId;
        while (next is not null)
        {
            using var page = await client.GetJsonAsync(next, cancellationToken, "odata.maxpagesize=" + PageSize).ConfigureAwait(false);
            foreach (var row in Values(page.RootElement))
            {
                if (ContentRecordMapper.ExternalIdOf(row) is not null)
                {
                    records.Add(ContentRecordMapper.FromJson(row));
                }
                else if (++keylessCount <= KeylessRowsNamed)
                {
                    keyless.Add(ContentRecordMapper.Describe(row));
                }
            }

            next = page.RootElement.TryGetProperty("@odata.nextLink", out var link) && link.GetString() is { } url ? url : null;
        }

        if (keylessCount > 0)
        {
            warnings.WriteLine(CliMessages.RowsWithoutExternalId(keylessCount, keyless));
        }

        return records;
    }

    private static string QueryByIds(IEnumerable<string> ids)
    {
        // Microsoft.Dynamics.CRM.In takes the values as a JSON-like list of OData string literals.
        var values = string.Join(",", ids.Select(id => "'" + ODataLiteral.Escape(id) + "'"));
        return ContentColumns.EntitySet + "?" + SelectAndExpand
            + "&$filter=Microsoft.Dynamics.CRM.In(PropertyName='" + ContentColumns.ExternalId + "',PropertyValues=[" + values + "])";
    }

    private static IEnumerable<ContentRecord> Rows(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return Rows(document.RootElement).ToArray();
        }
        catch (JsonException error)
        {
            throw new ProtocolException(CliMessages.MalformedAnswer("reading the existing content", error.Message), error);
        }
    }

    private static IEnumerable<ContentRecord> Rows(JsonElement root) => Values(root).Select(ContentRecordMapper.FromJson).ToArray();

    private static JsonElement.ArrayEnumerator Values(JsonElement root)
    {
        if (!root.TryGetProperty("value", out var rows) || rows.ValueKind != JsonValueKind.Array)
        {
            throw new ProtocolException(CliMessages.MalformedAnswer("reading content", "no 'value' array"));
        }

        return rows.EnumerateArray();
    }
}
