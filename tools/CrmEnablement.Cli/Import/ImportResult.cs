using System;
using System.Collections.Generic;

namespace CrmEnablement.Cli.Import;

/// <summary>What an import did (or, with --dry-run, would do).</summary>
internal sealed class ImportResult
{
    private readonly object _gate = new();
    private readonly List<RejectedRow> _rejected = new();

    /// <summary>Rows in the file, valid or not.</summary>
    public int Total { get; init; }

    public int Created { get; private set; }

    public int Updated { get; private set; }

    public int Unchanged { get; private set; }

    /// <summary>Valid rows with no outcome because the import stopped (Ctrl+C or an environment failure).</summary>
    public int NotSent { get; private set; }

    /// <summary>Rows not imported, in file order.</summary>
    public IReadOnlyList<RejectedRow> Rejected
    {
        get
        {
            lock (_gate)
            {
                var copy = _rejected.ToArray();
                Array.Sort(copy, (left, right) => left.Line.CompareTo(right.Line));
                return copy;
            }
        }
    }

    /// <summary>True when Ctrl+C stopped the import after the batches in flight.</summary>
    public bool Cancelled { get; set; }

    /// <summary>Why the import stopped early, if it did for a reason other than Ctrl+C.</summary>
    public Exception? Failure { get; set; }

    /// <summary>
    /// Rows counted as unchanged that the first request's earlier try may have created: it was sent
    /// again after an answer that did not say whether it had been carried out (e.g. 503).
    /// </summary>
    public int PerhapsCreatedBefore { get; set; }

    public int Requests { get; set; }

    public int Retries { get; set; }

    public TimeSpan Elapsed { get; set; }

    /// <summary>Rows with an outcome so far.</summary>
    public int Done
    {
        get
        {
            lock (_gate)
            {
                return Created + Updated + Unchanged + _rejected.Count;
            }
        }
    }

    public void Count(RowAction action, int rows = 1)
    {
        lock (_gate)
        {
            switch (action)
            {
                case RowAction.Create: Created += rows; break;
                case RowAction.Update: Updated += rows; break;
                default: Unchanged += rows; break;
            }
        }
    }

    public void Reject(RejectedRow row)
    {
        lock (_gate)
        {
            _rejected.Add(row);
        }
    }

    public void CountNotSent(int rows)
    {
        lock (_gate)
        {
            NotSent += rows;
        }
    }
}
