using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Engine.Model;

namespace CrmEnablement.Engine.Catalog;

/// <summary>The outcome of checking a catalogue: the rows that are valid and every problem found.</summary>
public sealed class CatalogValidation
{
    internal CatalogValidation(IReadOnlyList<ValidatedItem> items, IReadOnlyList<CatalogProblem> problems, int rowCount)
    {
        Items = items;
        Problems = problems
            .OrderBy(problem => problem.Line)
            .ThenBy(problem => problem.Column is null ? -1 : IndexOf(problem.Column))
            .ToArray();
        RowCount = rowCount;
    }

    private static int IndexOf(string column)
    {
        for (var index = 0; index < CatalogColumns.All.Count; index++)
        {
            if (CatalogColumns.All[index] == column)
            {
                return index;
            }
        }

        return CatalogColumns.All.Count;
    }

    /// <summary>Items from rows without problems, in file order.</summary>
    public IReadOnlyList<ValidatedItem> Items { get; }

    /// <summary>Every problem, ordered by line.</summary>
    public IReadOnlyList<CatalogProblem> Problems { get; }

    /// <summary>The number of data rows read.</summary>
    public int RowCount { get; }

    /// <summary>True when the header itself is wrong, so no row can be trusted.</summary>
    public bool HasFileProblems => Problems.Any(problem => problem.Line == 1);

    /// <summary>True when there is no problem at all.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>The valid items as plain content items.</summary>
    public IReadOnlyList<ContentItem> ContentItems => Items.Select(item => item.Item).ToArray();
}
