using System;
using System.Linq;
using System.Text.Json;
using CrmEnablement.LocalSolution;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmEnablement.Cli.Sandbox;

/// <summary>
/// What the harness's <c>Xrm.WebApi</c> does, carried out through LocalOrg as the signed-in rep so
/// every plugin step runs as in Dataverse. Answers are Web API-shaped JSON. After a write the
/// asynchronous steps run at once, as the platform's async service would shortly after.
/// </summary>
internal sealed class WebApiBridge
{
    private readonly SandboxOrganization _org;

    public WebApiBridge(SandboxOrganization org)
    {
        _org = org;
    }

    /// <summary><c>Xrm.WebApi.online.execute</c>: runs a Custom API; the answer is its output properties.</summary>
    /// <param name="body">{ operationName, boundParameter?, parameters: { name: { value, typeName } } }.</param>
    public byte[] Execute(JsonElement body)
    {
        lock (_org.Gate)
        {
            return ExecuteLocked(body);
        }
    }

    private byte[] ExecuteLocked(JsonElement body)
    {
        var operation = body.TryGetProperty("operationName", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString()! : "";
        if (operation.Length == 0)
        {
            throw new WebApiRequestException("The request has no operationName (getMetadata().operationName).");
        }

        var request = new OrganizationRequest(operation);
        var declared = CustomApiParameters.Of(operation);
        if (body.TryGetProperty("parameters", out var parameters) && parameters.ValueKind == JsonValueKind.Object)
        {
            foreach (var parameter in parameters.EnumerateObject())
            {
                var value = parameter.Value.TryGetProperty("value", out var given) ? given : default;
                var typeName = parameter.Value.TryGetProperty("typeName", out var type) ? type.GetString() : null;
                var converted = value.ValueKind == JsonValueKind.Undefined ? null : WebApiValues.ToParameter(value, declared.TryGetValue(parameter.Name, out var known) ? known : null, typeName);
                // A bound operation's "entity" parameter is the SDK's Target.
                request.Parameters[parameter.Name == "entity" ? "Target" : parameter.Name] = converted;
            }
        }

        var response = _org.Rep.Execute(request);
        _org.RunAsyncSteps();
        return JsonBytes.Write(json =>
        {
            json.WriteStartObject();
            foreach (var result in response.Results)
            {
                WebApiValues.Write(json, result.Key, result.Value);
            }

            json.WriteEndObject();
        });
    }

    /// <summary><c>Xrm.WebApi.createRecord</c>: creates the row; the answer is { entityType, id }.</summary>
    public byte[] Create(string table, JsonElement body)
    {
        var entity = WebApiValues.ToEntity(table, body);
        Guid id;
        lock (_org.Gate)
        {
            id = _org.Rep.Create(entity);
            _org.RunAsyncSteps();
        }

        return JsonBytes.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("entityType", table);
            json.WriteString("id", id.ToString("D"));
            json.WriteEndObject();
        });
    }

    /// <summary><c>Xrm.WebApi.retrieveRecord</c>: one row with the <c>$select</c>ed columns.</summary>
    public byte[] Retrieve(string table, Guid id, string? options)
    {
        var query = ODataQuery.Parse(options);
        Entity row;
        lock (_org.Gate)
        {
            row = _org.Rep.Retrieve(table, id, query.Columns());
        }

        return JsonBytes.Write(json => WriteRow(json, row, query));
    }

    /// <summary><c>Xrm.WebApi.retrieveMultipleRecords</c>: { entities: [...] } for a simple query.</summary>
    public byte[] RetrieveMultiple(string table, string? options, int? maxPageSize)
    {
        var odata = ODataQuery.Parse(options);
        var query = new QueryExpression(table) { ColumnSet = odata.Columns() };
        foreach (var condition in odata.Conditions)
        {
            query.Criteria.AddCondition(condition);
        }

        foreach (var order in odata.Orders)
        {
            query.Orders.Add(order);
        }

        var limit = Math.Min(odata.Top ?? 5000, maxPageSize ?? 5000);
        query.TopCount = limit;
        DataCollection<Entity> rows;
        lock (_org.Gate)
        {
            rows = _org.Rep.RetrieveMultiple(query).Entities;
        }

        return JsonBytes.Write(json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("entities");
            foreach (var row in rows)
            {
                WriteRow(json, row, odata);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteRow(Utf8JsonWriter json, Entity row, ODataQuery query)
    {
        json.WriteStartObject();
        json.WriteString(row.LogicalName + "id", row.Id.ToString("D"));
        var columns = query.Select.Count == 0 ? row.Attributes.Select(pair => pair.Key).ToList() : query.Select.ToList();
        foreach (var column in columns.Where(column => column != row.LogicalName + "id"))
        {
            WebApiValues.Write(json, column, row.Contains(column) ? row[column] : null);
        }

        json.WriteEndObject();
    }
}
