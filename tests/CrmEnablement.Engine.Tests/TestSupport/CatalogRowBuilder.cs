using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Engine.Catalog;

namespace CrmEnablement.Engine.Tests.TestSupport;

/// <summary>
/// One catalogue row as text: by default only the required cells of a valid client-facing,
/// published case study, with the cells a test cares about overridden.
/// </summary>
internal sealed class CatalogRowBuilder
{
    private readonly Dictionary<string, string> _cells = new(StringComparer.OrdinalIgnoreCase);

    private CatalogRowBuilder(string id)
    {
        _cells[CatalogColumns.Id] = id;
        _cells[CatalogColumns.Title] = "Title of " + id;
        _cells[CatalogColumns.Url] = "https://enablement.example/content/" + id;
        _cells[CatalogColumns.Kind] = "Case Study";
        _cells[CatalogColumns.Audience] = "Client-facing";
        _cells[CatalogColumns.Status] = "Published";
    }

    /// <summary>The file line the row starts on; null means the line after the previous row.</summary>
    public int? Line { get; private set; }

    public static CatalogRowBuilder Row(string id) => new(id);

    public CatalogRowBuilder With(string column, string value)
    {
        _cells[column] = value;
        return this;
    }

    public CatalogRowBuilder Internal() => With(CatalogColumns.Audience, "Internal");

    public CatalogRowBuilder OnLine(int line)
    {
        Line = line;
        return this;
    }

    /// <summary>The row's cells in <paramref name="header"/>'s order (empty where the row has none).</summary>
    public CatalogRow Build(IReadOnlyList<string> header, int line) =>
        new(line, header.Select(column => _cells.TryGetValue(column.Trim(), out var value) ? value : "").ToArray());
}
