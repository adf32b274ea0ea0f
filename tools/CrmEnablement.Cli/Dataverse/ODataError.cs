using System.Text.Json;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>Reads the message of an OData error body: <c>{"error":{"code":"0x…","message":"…"}}</c>.</summary>
internal static class ODataError
{
    /// <summary>The error's message, or null when the body is not an OData error.</summary>
    public static string? MessageOf(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("message", out var message)
                && message.ValueKind == JsonValueKind.String)
            {
                return message.GetString();
            }
        }
        catch (JsonException)
        {
            // Not JSON: the caller falls back to the status line.
        }

        return null;
    }
}
