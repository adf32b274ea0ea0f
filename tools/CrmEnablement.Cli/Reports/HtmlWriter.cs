using System.IO;
using System.Net;

namespace CrmEnablement.Cli.Reports;

/// <summary>
/// Writes HTML where every piece of data passes through <see cref="WebUtility.HtmlEncode(string)"/>:
/// text and attribute values are always encoded; tag and attribute names come only from code.
/// Pages are self-contained: inline styles, no scripts, no external fonts or images, and a
/// Content-Security-Policy that would block them anyway.
/// </summary>
internal sealed class HtmlWriter
{
    private readonly TextWriter _output;

    public HtmlWriter(TextWriter output)
    {
        _output = output;
    }

    /// <summary>Writes the doctype, head (title, policy, styles) and opens the body.</summary>
    public void BeginPage(string title, string css)
    {
        _output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        _output.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        _output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        Element("title", title);
        _output.Write("\n<style>\n");
        // The stylesheet is a constant of the report, never data.
        _output.Write(css);
        _output.Write("\n</style>\n</head>\n<body>\n");
    }

    /// <summary>Closes the body and the page.</summary>
    public void EndPage() => _output.Write("</body>\n</html>\n");

    /// <summary>Opens <paramref name="tag"/> with encoded attribute values.</summary>
    public void Open(string tag, params (string Name, string Value)[] attributes)
    {
        _output.Write('<');
        _output.Write(tag);
        foreach (var (name, value) in attributes)
        {
            _output.Write(' ');
            _output.Write(name);
            _output.Write("=\"");
            _output.Write(WebUtility.HtmlEncode(value));
            _output.Write('"');
        }

        _output.Write('>');
    }

    /// <summary>Closes <paramref name="tag"/>.</summary>
    public void Close(string tag)
    {
        _output.Write("</");
        _output.Write(tag);
        _output.Write(">\n");
    }

    /// <summary>Writes encoded text.</summary>
    public void Text(string text) => _output.Write(WebUtility.HtmlEncode(text));

    /// <summary>Writes <c>&lt;tag attributes&gt;text&lt;/tag&gt;</c> with everything encoded.</summary>
    public void Element(string tag, string text, params (string Name, string Value)[] attributes)
    {
        Open(tag, attributes);
        Text(text);
        Close(tag);
    }
}
