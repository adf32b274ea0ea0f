using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Engine.Catalog;

namespace CrmEnablement.Cli.Tests.TestSupport;

/// <summary>
/// Builds catalogue CSV text: every column of <see cref="CatalogColumns.All"/>, one valid row per
/// <see cref="Row"/> (an Insurance / Awareness / Qualify / Economic Buyer case study), with the
/// cells a test cares about overridden.
/// </summary>
internal sealed class CatalogCsvBuilder
{
    private readonly List<string> _columns = CatalogColumns.All.ToList();
    private readonly List<Dictionary<string, string>> _rows = new();

    /// <summary>The cells of a valid row for <paramref name="id"/>.</summary>
    public static Dictionary<string, string> ValidRow(string id) => new()
    {
        [CatalogColumns.Id] = id,
        [CatalogColumns.Title] = "Title of " + id,
        [CatalogColumns.Url] = "https://enablement.example/content/" + id,
        [CatalogColumns.Summary] = "Summary of " + id,
        [CatalogColumns.Kind] = "Case Study",
        [CatalogColumns.Audience] = "Client-facing",
        [CatalogColumns.Medium] = "Document",
        [CatalogColumns.Industries] = "Insurance",
        [CatalogColumns.BuyerRoles] = "Economic Buyer",
        [CatalogColumns.Phases] = "Awareness",
        [CatalogColumns.SalesStages] = "Qualify",
        [CatalogColumns.Challenges] = "Efficiency",
        [CatalogColumns.Language] = "en",
        [CatalogColumns.Status] = "Published",
        [CatalogColumns.PublishedOn] = "2026-01-15",
        [CatalogColumns.ExpiresOn] = "",
        [CatalogColumns.Author] = "Test Author",
        [CatalogColumns.Pinned] = "false",
        [CatalogColumns.RelatedTraining] = "",
        [CatalogColumns.Helpful] = "3",
        [CatalogColumns.NotHelpful] = "0",
    };

    /// <summary>Adds a valid row for <paramref name="id"/>, with <paramref name="cells"/> overriding its defaults.</summary>
    public CatalogCsvBuilder Row(string id, params (string Column, string Value)[] cells)
    {
        var row = ValidRow(id);
        foreach (var (column, value) in cells)
        {
            row[column] = value;
        }

        _rows.Add(row);
        return this;
    }

    /// <summary>Leaves <paramref name="column"/> out of the header and of every row.</summary>
    public CatalogCsvBuilder WithoutColumn(string column)
    {
        _columns.Remove(column);
        return this;
    }

    /// <summary>The header line (file line 1) followed by one line per row.</summary>
    public IReadOnlyList<string> Lines() =>
        new[] { string.Join(",", _columns) }
            .Concat(_rows.Select(row => string.Join(",", _columns.Select(column => Quote(row[column])))))
            .ToArray();

    /// <summary>The whole file, every line ended by <paramref name="newline"/>.</summary>
    public string Build(string newline = "\n") => string.Concat(Lines().Select(line => line + newline));

    /// <summary>A CSV cell: quoted, with quotes doubled, when it holds a comma, quote or line break.</summary>
    public static string Quote(string cell) =>
        cell.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"") + "\"";
}
