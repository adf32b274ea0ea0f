using System.Collections.Generic;
using System.Text;
using System.Text.Json.Nodes;

namespace CrmEnablement.Cli.Tests.TestSupport.FakeDataverse;

/// <summary>One answer the fake gives, alone or inside a $batch response.</summary>
internal sealed record FakeResponse(int Status, string Reason, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public bool IsSuccess => Status >= 200 && Status < 300;

    public static FakeResponse NoContent(string entityId) =>
        new(204, "No Content", new Dictionary<string, string> { ["OData-Version"] = "4.0", ["OData-EntityId"] = entityId }, "");

    public static FakeResponse Json(JsonNode body) =>
        new(200, "OK", new Dictionary<string, string> { ["Content-Type"] = "application/json; odata.metadata=minimal", ["OData-Version"] = "4.0" }, body.ToJsonString());

    /// <summary>An OData error the way Dataverse words them: <c>{"error":{"code","message"}}</c>.</summary>
    public static FakeResponse Error(int status, string reason, string code, string message) =>
        new(status, reason, new Dictionary<string, string> { ["Content-Type"] = "application/json; odata.metadata=minimal", ["OData-Version"] = "4.0" },
            new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }.ToJsonString());

    /// <summary>The answer as the text of an <c>application/http</c> batch part.</summary>
    public string ToHttpText()
    {
        var text = new StringBuilder();
        text.Append("HTTP/1.1 ").Append(Status).Append(' ').Append(Reason).Append("\r\n");
        foreach (var header in Headers)
        {
            text.Append(header.Key).Append(": ").Append(header.Value).Append("\r\n");
        }

        text.Append("\r\n").Append(Body);
        return text.ToString();
    }
}
