using System.IO;
using System.Text;

namespace CrmEnablement.Cli.IO;

/// <summary>
/// A writer that masks secrets before they reach the console: text is held until a line ends
/// (a secret is never split across the check) and passed through <see cref="SecretRedactor"/>.
/// </summary>
public sealed class RedactingTextWriter : TextWriter
{
    private readonly TextWriter _inner;
    private readonly SecretRedactor _redactor;
    private readonly StringBuilder _line = new();

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    public RedactingTextWriter(TextWriter inner, SecretRedactor redactor)
    {
        _inner = inner;
        _redactor = redactor;
    }

    /// <inheritdoc />
    public override Encoding Encoding => _inner.Encoding;

    /// <inheritdoc />
    public override void Write(char value)
    {
        lock (_line)
        {
            _line.Append(value);
            if (value == '\n')
            {
                FlushLine();
            }
        }
    }

    /// <inheritdoc />
    public override void Write(string? value)
    {
        if (value is null)
        {
            return;
        }

        lock (_line)
        {
            _line.Append(value);
            if (value.Contains('\n'))
            {
                FlushLine();
            }
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// One step, not the base class's Write then newline: parallel requests announce their retries
    /// at the same moment, and another line must not land between a line and its end.
    /// </remarks>
    public override void WriteLine(string? value)
    {
        lock (_line)
        {
            _line.Append(value).Append(CoreNewLine);
            FlushLine();
        }
    }

    /// <inheritdoc />
    public override void Flush()
    {
        lock (_line)
        {
            FlushLine();
            _inner.Flush();
        }
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    private void FlushLine()
    {
        if (_line.Length == 0)
        {
            return;
        }

        _inner.Write(_redactor.Redact(_line.ToString()));
        _line.Clear();
    }
}
