using System.IO;

namespace CrmEnablement.Cli;

/// <summary>What a command talks to: its output streams, the clock, and whether a person is watching.</summary>
/// <param name="Out">Standard output: the command's result.</param>
/// <param name="Error">Standard error: problems, warnings and progress.</param>
/// <param name="Clock">Where "today" comes from when <c>--as-of</c> is not given.</param>
/// <param name="OutputIsTerminal">True when standard output is a terminal rather than a file or pipe.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, IClock Clock, bool OutputIsTerminal);
