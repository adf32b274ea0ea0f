using System.IO;

namespace CrmEnablement.Cli;

/// <summary>What a command talks to: its output streams, the clock, and whether a person is watching.</summary>
/// <param name="Out">Standard output: the command's result.</param>
/// <param name="Error">Standard error: problems, warnings and progress.</param>
/// <param name="Clock">Where "today" comes from when <c>--as-of</c> is not given.</param>
/// <param name="OutputIsTerminal">True when standard output is a terminal rather than a file or pipe.</param>
/// <param name="ErrorIsTerminal">True when standard error is a terminal; null means the same as standard output.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, IClock Clock, bool OutputIsTerminal, bool? ErrorIsTerminal = null)
{
    /// <summary>True when progress, drawn on standard error, may be a live bar rather than plain lines.</summary>
    public bool ProgressIsTerminal => ErrorIsTerminal ?? OutputIsTerminal;
}
