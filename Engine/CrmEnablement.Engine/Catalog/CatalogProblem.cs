namespace CrmEnablement.Engine.Catalog;

/// <summary>One thing wrong with a catalogue file, located by line and column.</summary>
/// <param name="Line">File line (the header is line 1).</param>
/// <param name="Column">The column's canonical name, or null for a whole-row problem.</param>
/// <param name="Message">What is wrong and what to do, for a person.</param>
public sealed record CatalogProblem(int Line, string? Column, string Message)
{
    /// <summary>The problem as <c>FILE:LINE: column NAME: message</c>.</summary>
    public string Format(string file) =>
        Column is null ? $"{file}:{Line}: {Message}" : $"{file}:{Line}: column {Column}: {Message}";
}
