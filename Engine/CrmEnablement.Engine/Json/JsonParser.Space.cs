namespace CrmEnablement.Engine.Json;

/// <summary>White space and the comments settings files may carry between values.</summary>
public sealed partial class JsonParser
{
    private void SkipSpace()
    {
        while (_at < _text.Length)
        {
            var ch = _text[_at];
            if (ch == '\n')
            {
                _line++;
                _at++;
            }
            else if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\uFEFF')
            {
                _at++;
            }
            else if (ch == '/' && _at + 1 < _text.Length && _text[_at + 1] == '/')
            {
                while (_at < _text.Length && _text[_at] != '\n')
                {
                    _at++;
                }
            }
            else if (ch == '/' && _at + 1 < _text.Length && _text[_at + 1] == '*')
            {
                var end = _text.IndexOf("*/", _at + 2, System.StringComparison.Ordinal);
                if (end < 0)
                {
                    throw Error("a /* comment is not closed");
                }

                for (var i = _at; i < end; i++)
                {
                    _line += _text[i] == '\n' ? 1 : 0;
                }

                _at = end + 2;
            }
            else
            {
                return;
            }
        }
    }
}
