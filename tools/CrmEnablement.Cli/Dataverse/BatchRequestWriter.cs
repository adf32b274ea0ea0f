using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>
/// Writes a <c>$batch</c> body (multipart/mixed, CRLF line ends). Every write goes in a change set
/// of its own with Content-ID = its position + 1, so one failing row fails only itself, and every
/// answer maps back to its request by position (a failed change set is answered by one part
/// that need not carry the Content-ID). GETs cannot sit in a change set and go in as they are.
/// </summary>
internal static class BatchRequestWriter
{
    private const string Crlf = "\r\n";

    /// <summary>The body and its Content-Type header value.</summary>
    public static (string Body, string ContentType) Write(Uri apiBase, IReadOnlyList<BatchOperation> operations)
    {
        var batch = "batch_" + Guid.NewGuid().ToString("N");
        var text = new StringBuilder();
        for (var index = 0; index < operations.Count; index++)
        {
            var operation = operations[index];
            text.Append("--").Append(batch).Append(Crlf);
            if (!operation.IsWrite)
            {
                AppendRequest(text, apiBase, operation, contentId: null);
                continue;
            }

            var changeSet = "changeset_" + Guid.NewGuid().ToString("N");
            text.Append("Content-Type: multipart/mixed; boundary=").Append(changeSet).Append(Crlf).Append(Crlf);
            text.Append("--").Append(changeSet).Append(Crlf);
            AppendRequest(text, apiBase, operation, (index + 1).ToString(CultureInfo.InvariantCulture));
            text.Append("--").Append(changeSet).Append("--").Append(Crlf);
        }

        text.Append("--").Append(batch).Append("--").Append(Crlf);
        return (text.ToString(), "multipart/mixed; boundary=" + batch);
    }

    private static void AppendRequest(StringBuilder text, Uri apiBase, BatchOperation operation, string? contentId)
    {
        text.Append("Content-Type: application/http").Append(Crlf);
        text.Append("Content-Transfer-Encoding: binary").Append(Crlf);
        if (contentId is not null)
        {
            text.Append("Content-ID: ").Append(contentId).Append(Crlf);
        }

        text.Append(Crlf);
        text.Append(operation.Method.Method).Append(' ').Append(apiBase.AbsoluteUri).Append(operation.RelativeUrl).Append(" HTTP/1.1").Append(Crlf);
        if (operation.Headers is not null)
        {
            foreach (var header in operation.Headers)
            {
                text.Append(header.Key).Append(": ").Append(header.Value).Append(Crlf);
            }
        }

        if (operation.JsonBody is null)
        {
            text.Append(Crlf);
            return;
        }

        text.Append("Content-Type: application/json; charset=utf-8").Append(Crlf).Append(Crlf);
        text.Append(operation.JsonBody).Append(Crlf);
    }
}
