using System;
using System.Collections.Generic;

namespace LocalOrg.Storage;

/// <summary>
/// The transaction: every write made while one is open leaves an undo step here. Operations nest
/// (a plugin's calls run inside the operation that triggered it), each taking a mark; a failure
/// undoes back to its mark, and only the outermost commit makes the writes final.
/// </summary>
internal sealed class Journal
{
    private readonly List<Action> _undo = new();
    private int _depth;

    /// <summary>True while an operation's transaction is open.</summary>
    internal bool IsOpen => _depth > 0;

    internal int Begin()
    {
        _depth++;
        return _undo.Count;
    }

    internal void Record(Action undo)
    {
        if (IsOpen)
        {
            _undo.Add(undo);
        }
    }

    /// <summary>Ends an operation that succeeded; true when it was the outermost one.</summary>
    internal bool Commit()
    {
        _depth--;
        if (_depth > 0)
        {
            return false;
        }

        _undo.Clear();
        return true;
    }

    /// <summary>Undoes everything written since <paramref name="mark"/>, newest first; true when it was the outermost operation.</summary>
    internal bool Rollback(int mark)
    {
        for (var i = _undo.Count - 1; i >= mark; i--)
        {
            _undo[i]();
        }

        _undo.RemoveRange(mark, _undo.Count - mark);
        _depth--;
        return _depth == 0;
    }
}
