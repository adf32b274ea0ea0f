using System.Collections.Generic;

namespace CrmEnablement.Cli.Packaging;

/// <summary>What <c>cen pack</c> wrote.</summary>
/// <param name="Unmanaged">The unmanaged zip's path.</param>
/// <param name="Managed">The managed zip's path.</param>
/// <param name="Entries">The zips' entry names, in order (both zips hold the same names).</param>
/// <param name="Warnings">Things an admin must know before importing; they do not stop the pack.</param>
public sealed record PackResult(string Unmanaged, string Managed, IReadOnlyList<string> Entries, IReadOnlyList<string> Warnings);
