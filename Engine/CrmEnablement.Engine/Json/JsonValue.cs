using System.Collections.Generic;
using System.Globalization;

namespace CrmEnablement.Engine.Json;

/// <summary>
/// A parsed JSON value that remembers the line it started on. The engine's own small JSON layer:
/// the plugin assembly runs inside Dataverse's sandbox without System.Text.Json, and the CLI and
/// the plugins must read settings and write suggestions identically.
/// </summary>
public sealed class JsonValue
{
    private static readonly IReadOnlyList<KeyValuePair<string, JsonValue>> NoProperties = new KeyValuePair<string, JsonValue>[0];
    private static readonly IReadOnlyList<JsonValue> NoItems = new JsonValue[0];

    internal JsonValue(JsonKind kind, int line, string? text = null, IReadOnlyList<KeyValuePair<string, JsonValue>>? properties = null, IReadOnlyList<JsonValue>? items = null)
    {
        Kind = kind;
        Line = line;
        Text = text;
        Properties = properties ?? NoProperties;
        Items = items ?? NoItems;
    }

    public JsonKind Kind { get; }

    /// <summary>The 1-based line the value starts on.</summary>
    public int Line { get; }

    /// <summary>A string's value, or a number's text as written.</summary>
    public string? Text { get; }

    /// <summary>An object's properties in document order.</summary>
    public IReadOnlyList<KeyValuePair<string, JsonValue>> Properties { get; }

    /// <summary>An array's items.</summary>
    public IReadOnlyList<JsonValue> Items { get; }

    /// <summary>The property <paramref name="name"/> of an object (exact, case-sensitive).</summary>
    public bool TryGet(string name, out JsonValue value)
    {
        foreach (var property in Properties)
        {
            if (property.Key == name)
            {
                value = property.Value;
                return true;
            }
        }

        value = null!;
        return false;
    }

    /// <summary>A number as a double, when it is a finite number.</summary>
    public bool TryGetDouble(out double number)
    {
        number = 0;
        return Kind == JsonKind.Number
            && double.TryParse(Text, NumberStyles.Float, CultureInfo.InvariantCulture, out number)
            && !double.IsInfinity(number) && !double.IsNaN(number);
    }

    /// <summary>A number as a whole 32-bit integer.</summary>
    public bool TryGetInt32(out int number)
    {
        number = 0;
        return Kind == JsonKind.Number && int.TryParse(Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>How the value is described in messages ("a number", "an array").</summary>
    public string Describe() => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.Null => "null",
        _ => "true/false",
    };
}
