using System;

namespace CrmEnablement.Engine.Json;

/// <summary>Text that is not valid JSON, with the line where reading stopped.</summary>
public sealed class JsonSyntaxException : Exception
{
    /// <summary>Creates the exception.</summary>
    public JsonSyntaxException(int line, string message)
        : base(message)
    {
        Line = line;
    }

    /// <summary>The 1-based line of the problem.</summary>
    public int Line { get; }
}
