namespace Microsoft.Xrm.Sdk.Query;

/// <summary>The kind of join of a <see cref="LinkEntity"/>.</summary>
public enum JoinOperator
{
    /// <summary>Rows with a match only.</summary>
    Inner = 0,

    /// <summary>All outer rows, matched or not.</summary>
    LeftOuter = 1,

    /// <summary>Rows with a match only (natural join).</summary>
    Natural = 2,

    /// <summary>The first matching row only.</summary>
    MatchFirstRowUsingCrossApply = 3,

    /// <summary>Outer rows that have a match, without duplicates (IN).</summary>
    In = 4,

    /// <summary>Outer rows that have a match, without duplicates (EXISTS).</summary>
    Exists = 5,

    /// <summary>Outer rows with any match satisfying the link criteria.</summary>
    Any = 6,

    /// <summary>Outer rows with no match satisfying the link criteria.</summary>
    NotAny = 7,

    /// <summary>Outer rows with matches that all satisfy the link criteria.</summary>
    All = 8,

    /// <summary>Outer rows with no match failing the link criteria.</summary>
    NotAll = 9,
}
