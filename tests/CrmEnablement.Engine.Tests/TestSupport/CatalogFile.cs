using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Engine.Catalog;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Engine.Tests.TestSupport;

/// <summary>Validates rows as a catalogue file would hold them: header on line 1, rows from line 2.</summary>
internal static class CatalogFile
{
    public static CatalogValidation Validate(params CatalogRowBuilder[] rows) => Validate(CatalogColumns.All, rows);

    public static CatalogValidation Validate(IReadOnlyList<string> header, params CatalogRowBuilder[] rows)
    {
        var built = new List<CatalogRow>();
        var next = 2;
        foreach (var row in rows)
        {
            var line = row.Line ?? next;
            built.Add(row.Build(header, line));
            next = line + 1;
        }

        return Validate(header, built.ToArray());
    }

    public static CatalogValidation Validate(IReadOnlyList<string>? header, params CatalogRow[] rows) =>
        new CatalogValidator(VocabularySet.Default).Validate(header, rows);

    /// <summary>The full header without <paramref name="column"/>.</summary>
    public static IReadOnlyList<string> HeaderWithout(string column) =>
        CatalogColumns.All.Where(name => name != column).ToArray();

    /// <summary>The full header with <paramref name="extra"/> appended.</summary>
    public static IReadOnlyList<string> HeaderWith(string extra) => CatalogColumns.All.Append(extra).ToArray();
}
