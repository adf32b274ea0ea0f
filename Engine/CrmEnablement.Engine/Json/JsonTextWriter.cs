using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CrmEnablement.Engine.Json;

/// <summary>
/// Writes JSON with two-space indentation and LF line ends, properties in the order written, so
/// the same data always gives the same bytes. Strings keep every printable character as is
/// (readable titles in any script); quotes, backslashes and control characters are escaped.
/// </summary>
public sealed class JsonTextWriter
{
    private readonly StringBuilder _out = new();
    private readonly Stack<int> _counts = new();
    private bool _afterName;

    /// <summary>Starts an object (as a value, or after <see cref="Name"/>).</summary>
    public JsonTextWriter StartObject() => Open('{');

    /// <summary>Ends the current object.</summary>
    public JsonTextWriter EndObject() => Close('}');

    /// <summary>Starts an array.</summary>
    public JsonTextWriter StartArray() => Open('[');

    /// <summary>Ends the current array.</summary>
    public JsonTextWriter EndArray() => Close(']');

    /// <summary>Writes a property name; the next call writes its value.</summary>
    public JsonTextWriter Name(string name)
    {
        BeforeValue();
        AppendString(name);
        _out.Append(": ");
        _afterName = true;
        return this;
    }

    /// <summary>Writes a string value, or null.</summary>
    public JsonTextWriter String(string? value)
    {
        BeforeValue();
        if (value is null)
        {
            _out.Append("null");
        }
        else
        {
            AppendString(value);
        }

        return this;
    }

    /// <summary>Writes a whole number.</summary>
    public JsonTextWriter Number(long value)
    {
        BeforeValue();
        _out.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Writes a decimal number as its shortest exact text.</summary>
    public JsonTextWriter Number(decimal value)
    {
        BeforeValue();
        _out.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>Writes true or false.</summary>
    public JsonTextWriter Boolean(bool value)
    {
        BeforeValue();
        _out.Append(value ? "true" : "false");
        return this;
    }

    /// <summary>Writes a property holding an array of strings.</summary>
    public JsonTextWriter StringArray(string name, IEnumerable<string> values)
    {
        Name(name).StartArray();
        foreach (var value in values)
        {
            String(value);
        }

        return EndArray();
    }

    /// <summary>The JSON written so far.</summary>
    public override string ToString() => _out.ToString();

    private JsonTextWriter Open(char bracket)
    {
        BeforeValue();
        _out.Append(bracket);
        _counts.Push(0);
        return this;
    }

    private JsonTextWriter Close(char bracket)
    {
        var count = _counts.Pop();
        if (count > 0)
        {
            NewLine(_counts.Count);
        }

        _out.Append(bracket);
        return this;
    }

    private void BeforeValue()
    {
        if (_afterName)
        {
            _afterName = false;
            return;
        }

        if (_counts.Count == 0)
        {
            return;
        }

        var count = _counts.Pop();
        if (count > 0)
        {
            _out.Append(',');
        }

        _counts.Push(count + 1);
        NewLine(_counts.Count);
    }

    private void NewLine(int depth)
    {
        _out.Append('\n');
        _out.Append(' ', depth * 2);
    }

    private void AppendString(string value)
    {
        _out.Append('"');
        for (var index = 0; index < value.Length; index++)
        {
            var ch = value[index];
            switch (ch)
            {
                case '"': _out.Append("\\\""); break;
                case '\\': _out.Append("\\\\"); break;
                case '\n': _out.Append("\\n"); break;
                case '\r': _out.Append("\\r"); break;
                case '\t': _out.Append("\\t"); break;
                case '\b': _out.Append("\\b"); break;
                case '\f': _out.Append("\\f"); break;
                default:
                    // Control characters, and the two line separators JavaScript treats as line ends.
                    if (ch < ' ' || ch == '\u2028' || ch == '\u2029' || (char.IsSurrogate(ch) && !IsPairedSurrogate(value, index)))
                    {
                        _out.Append("\\u").Append(((int)ch).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _out.Append(ch);
                    }

                    break;
            }
        }

        _out.Append('"');
    }

    // Lone surrogates cannot be encoded as UTF-8; escaping keeps the output valid. Pairs are kept.
    private static bool IsPairedSurrogate(string value, int index)
    {
        var ch = value[index];
        return char.IsHighSurrogate(ch)
            ? index + 1 < value.Length && char.IsLowSurrogate(value[index + 1])
            : index > 0 && char.IsHighSurrogate(value[index - 1]);
    }
}
