using System.Collections.Generic;

namespace CrmEnablement.Engine.Catalog;

/// <summary>One data row of a catalogue file, as text, before validation.</summary>
/// <param name="Line">The file line the row starts on (the header is line 1).</param>
/// <param name="Cells">Cell text by the header's column name as written in the file.</param>
public sealed record CatalogRow(int Line, IReadOnlyList<string> Cells)
{
    /// <summary>
    /// What the file reader found wrong with the row's text itself (a stray or unclosed quote), so
    /// its cells cannot be trusted; null when the row was read cleanly.
    /// </summary>
    public CatalogProblem? ReadProblem { get; init; }
}
