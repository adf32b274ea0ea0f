using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Cli.Sandbox;

/// <summary>Column values between the Web API's JSON and the SDK's types.</summary>
internal static class WebApiValues
{
    /// <summary>How the Web API writes a date and time; milliseconds kept so two saves in one second still differ.</summary>
    public const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>A create or update body as an entity of <paramref name="table"/>.</summary>
    /// <exception cref="WebApiRequestException">A value or reference cannot be read.</exception>
    public static Entity ToEntity(string table, JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new WebApiRequestException("The record must be a JSON object.");
        }

        var entity = new Entity(table);
        foreach (var property in body.EnumerateObject())
        {
            if (property.Name.EndsWith(ODataBind.Suffix, StringComparison.Ordinal))
            {
                // The navigation property of our lookups is the lookup's schema name: cen_OpportunityId → cen_opportunityid.
                var lookup = property.Name.Substring(0, property.Name.Length - ODataBind.Suffix.Length).ToLowerInvariant();
                entity[lookup] = property.Value.ValueKind == JsonValueKind.Null ? null : ODataBind.Parse(property.Value.GetString() ?? "");
            }
            else if (!property.Name.StartsWith('@') && !property.Name.Contains('@', StringComparison.Ordinal))
            {
                entity[property.Name] = ToValue(property.Name, property.Value);
            }
        }

        return entity;
    }

    /// <summary>A JSON value as the SDK value of <paramref name="column"/>.</summary>
    public static object? ToValue(string column, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.True:
            case JsonValueKind.False:
                return value.GetBoolean();
            case JsonValueKind.Number when ColumnKinds.IsChoice(column):
                return new OptionSetValue(value.GetInt32());
            case JsonValueKind.Number:
                return value.TryGetInt32(out var whole) ? whole : value.GetDecimal();
            case JsonValueKind.String when ColumnKinds.IsMultiChoice(column):
                return new OptionSetValueCollection(value.GetString()!
                    .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(text => new OptionSetValue(int.Parse(text, CultureInfo.InvariantCulture))).ToList());
            case JsonValueKind.String when ColumnKinds.IsDate(column):
                return DateTime.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var when)
                    ? when
                    : throw new WebApiRequestException($"{column}: '{value.GetString()}' is not a date.");
            case JsonValueKind.String:
                return value.GetString();
            default:
                throw new WebApiRequestException($"{column}: arrays and objects are not column values.");
        }
    }

    /// <summary>A request parameter, converted to <paramref name="type"/> when the API declares one.</summary>
    public static object? ToParameter(JsonElement value, Type? type, string? typeName)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (type == typeof(Guid) || typeName == "Edm.Guid")
        {
            return Guid.TryParse(value.GetString(), out var id) ? id : throw new WebApiRequestException($"'{value}' is not a GUID.");
        }

        if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("entityType", out var entityType) && value.TryGetProperty("id", out var entityId))
        {
            return new EntityReference(entityType.GetString() ?? "", Guid.Parse(entityId.GetString() ?? ""));
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.True or JsonValueKind.False => value.GetBoolean(),
            JsonValueKind.Number => typeName is "Edm.Decimal" or "Edm.Double" ? value.GetDecimal() : value.TryGetInt32(out var whole) ? whole : value.GetDecimal(),
            _ => throw new WebApiRequestException("Parameters must be strings, numbers, booleans or record references."),
        };
    }

    /// <summary>Writes one column as the Web API returns it: lookups as <c>_name_value</c>, choices as numbers, multi-selects as "1,2".</summary>
    public static void Write(Utf8JsonWriter json, string column, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNull(column);
                break;
            case EntityReference reference:
                json.WriteString("_" + column + "_value", reference.Id.ToString("D"));
                json.WriteString("_" + column + "_value@Microsoft.Dynamics.CRM.lookuplogicalname", reference.LogicalName);
                if (reference.Name is { } name)
                {
                    json.WriteString("_" + column + "_value@OData.Community.Display.V1.FormattedValue", name);
                }

                break;
            case OptionSetValue option:
                json.WriteNumber(column, option.Value);
                break;
            case OptionSetValueCollection options:
                json.WriteString(column, string.Join(",", options.Select(option => option.Value.ToString(CultureInfo.InvariantCulture))));
                break;
            case Money money:
                json.WriteNumber(column, money.Value);
                break;
            case DateTime moment:
                json.WriteString(column, DateTime.SpecifyKind(moment, DateTimeKind.Utc).ToString(DateFormat, CultureInfo.InvariantCulture));
                break;
            case Guid id:
                json.WriteString(column, id.ToString("D"));
                break;
            case bool flag:
                json.WriteBoolean(column, flag);
                break;
            case int number:
                json.WriteNumber(column, number);
                break;
            case long number:
                json.WriteNumber(column, number);
                break;
            case decimal number:
                json.WriteNumber(column, number);
                break;
            case double number:
                json.WriteNumber(column, number);
                break;
            default:
                json.WriteString(column, Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    /// <summary>The column a <c>$select</c> name stands for: <c>_parentaccountid_value</c> is <c>parentaccountid</c>.</summary>
    public static string ColumnOf(string selectName) =>
        selectName.StartsWith('_') && selectName.EndsWith("_value", StringComparison.Ordinal) && selectName.Length > 7
            ? selectName.Substring(1, selectName.Length - 7)
            : selectName;
}
