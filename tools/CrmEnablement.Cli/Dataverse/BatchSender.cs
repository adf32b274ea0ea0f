using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>Sends one <c>$batch</c> request and reads its answers.</summary>
internal static class BatchSender
{
    /// <summary>
    /// Posts <paramref name="operations"/> as one <c>$batch</c> with <c>Prefer: odata.continue-on-error</c>,
    /// so a failing operation does not stop the ones after it. The whole batch is retried on
    /// 429/503/504 and dropped connections (see <see cref="RetryPipeline"/>).
    /// </summary>
    /// <returns>One entry per operation's top-level part, in order; fewer when the server stopped early.</returns>
    /// <exception cref="ProtocolException">The batch was refused as a whole, or the answer is malformed.</exception>
    public static async Task<IReadOnlyList<IReadOnlyList<BatchItemResponse>>> SendAsync(DataverseClient client, IReadOnlyList<BatchOperation> operations, CancellationToken cancellationToken)
    {
        var (body, contentType) = BatchRequestWriter.Write(client.ApiBase, operations);
        using var response = await client.SendAsync(() =>
        {
            var content = new StringContent(body, Encoding.UTF8);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            var request = new HttpRequestMessage(HttpMethod.Post, "$batch") { Content = content };
            request.Headers.Add("Prefer", "odata.continue-on-error");
            return request;
        }, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(CancellationToken.None).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new ProtocolException(CliMessages.RequestFailed("$batch", HttpStatusText.Of(response), ODataError.MessageOf(text)), (int)response.StatusCode);
        }

        return BatchResponseReader.Read(response.Content.Headers.ContentType?.ToString(), text);
    }
}
