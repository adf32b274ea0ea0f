using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CrmEnablement.Engine.Json;

/// <summary>
/// Reads strict JSON (RFC 8259) plus // and /* */ comments, which settings files may carry.
/// Duplicate property names are an error: a setting given twice is almost always a mistake.
/// </summary>
public sealed partial class JsonParser
{
    private const int MaxDepth = 64;
    private readonly string _text;
    private int _at;
    private int _line = 1;

    private JsonParser(string text)
    {
        _text = text;
    }

    /// <summary>Parses a whole document.</summary>
    /// <exception cref="JsonSyntaxException">The text is not valid JSON.</exception>
    public static JsonValue Parse(string text)
    {
        var parser = new JsonParser(text);
        parser.SkipSpace();
        var value = parser.ReadValue(0);
        parser.SkipSpace();
        if (parser._at < text.Length)
        {
            throw parser.Error("unexpected text after the end of the document");
        }

        return value;
    }

    private JsonValue ReadValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error("nested too deeply");
        }

        if (_at >= _text.Length)
        {
            throw Error("the document ends where a value was expected");
        }

        var line = _line;
        switch (_text[_at])
        {
            case '{':
                return ReadObject(depth, line);
            case '[':
                return ReadArray(depth, line);
            case '"':
                return new JsonValue(JsonKind.String, line, ReadString());
            case 't':
                return ReadWord("true", JsonKind.True, line);
            case 'f':
                return ReadWord("false", JsonKind.False, line);
            case 'n':
                return ReadWord("null", JsonKind.Null, line);
            default:
                return ReadNumber(line);
        }
    }

    private JsonValue ReadObject(int depth, int line)
    {
        _at++;
        var properties = new List<KeyValuePair<string, JsonValue>>();
        var names = new HashSet<string>();
        SkipSpace();
        if (Peek() == '}')
        {
            _at++;
            return new JsonValue(JsonKind.Object, line, properties: properties);
        }

        while (true)
        {
            SkipSpace();
            if (Peek() != '"')
            {
                throw Error("expected a property name in double quotes");
            }

            var name = ReadString();
            if (!names.Add(name))
            {
                throw Error($"property \"{name}\" appears twice");
            }

            SkipSpace();
            Expect(':');
            SkipSpace();
            properties.Add(new KeyValuePair<string, JsonValue>(name, ReadValue(depth + 1)));
            SkipSpace();
            if (Peek() == ',')
            {
                _at++;
                continue;
            }

            Expect('}');
            return new JsonValue(JsonKind.Object, line, properties: properties);
        }
    }

    private JsonValue ReadArray(int depth, int line)
    {
        _at++;
        var items = new List<JsonValue>();
        SkipSpace();
        if (Peek() == ']')
        {
            _at++;
            return new JsonValue(JsonKind.Array, line, items: items);
        }

        while (true)
        {
            SkipSpace();
            items.Add(ReadValue(depth + 1));
            SkipSpace();
            if (Peek() == ',')
            {
                _at++;
                continue;
            }

            Expect(']');
            return new JsonValue(JsonKind.Array, line, items: items);
        }
    }

    private string ReadString()
    {
        _at++;
        var builder = new StringBuilder();
        while (true)
        {
            if (_at >= _text.Length)
            {
                throw Error("a string is not closed");
            }

            var ch = _text[_at++];
            if (ch == '"')
            {
                return builder.ToString();
            }

            if (ch < ' ')
            {
                throw Error("a string contains a raw control character or line break; write it as \\n");
            }

            if (ch != '\\')
            {
                builder.Append(ch);
                continue;
            }

            var escape = _at < _text.Length ? _text[_at++] : '\0';
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_at + 4 > _text.Length || !int.TryParse(_text.Substring(_at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw Error("\\u must be followed by four hex digits");
                    }

                    builder.Append((char)code);
                    _at += 4;
                    break;
                default:
                    throw Error($"unknown escape \\{escape}");
            }
        }
    }

    private JsonValue ReadNumber(int line)
    {
        var start = _at;
        if (Peek() == '-')
        {
            _at++;
        }

        var digits = Digits();
        if (digits == 0 || (digits > 1 && _text[_at - digits] == '0'))
        {
            throw Error("expected a value (a string, number, object, array, true, false or null)");
        }

        if (Peek() == '.')
        {
            _at++;
            if (Digits() == 0)
            {
                throw Error("a number needs digits after the decimal point");
            }
        }

        if (Peek() == 'e' || Peek() == 'E')
        {
            _at++;
            if (Peek() == '+' || Peek() == '-')
            {
                _at++;
            }

            if (Digits() == 0)
            {
                throw Error("a number needs digits in its exponent");
            }
        }

        return new JsonValue(JsonKind.Number, line, _text.Substring(start, _at - start));
    }

    private int Digits()
    {
        var start = _at;
        while (_at < _text.Length && _text[_at] >= '0' && _text[_at] <= '9')
        {
            _at++;
        }

        return _at - start;
    }

    private JsonValue ReadWord(string word, JsonKind kind, int line)
    {
        if (string.CompareOrdinal(_text, _at, word, 0, word.Length) != 0)
        {
            throw Error("expected a value (a string, number, object, array, true, false or null)");
        }

        _at += word.Length;
        return new JsonValue(kind, line);
    }

    private char Peek() => _at < _text.Length ? _text[_at] : '\0';

    private void Expect(char ch)
    {
        if (Peek() != ch)
        {
            throw Error(_at >= _text.Length ? $"the document ends where '{ch}' was expected" : $"expected '{ch}'");
        }

        _at++;
    }

    private JsonSyntaxException Error(string message) => new(_line, message);
}
