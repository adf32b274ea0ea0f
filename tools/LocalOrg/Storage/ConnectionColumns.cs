using System;
using System.Collections.Generic;

namespace LocalOrg.Storage;

/// <summary>
/// The connection table's columns that tie a connection to its reciprocal (Microsoft Learn, "Connection
/// table/entity reference"): the platform stores every connection twice, once from each end.
/// </summary>
internal static class ConnectionColumns
{
    internal const string Table = "connection";
    internal const string Record1 = "record1id";
    internal const string Record2 = "record2id";
    internal const string Record1Role = "record1roleid";
    internal const string Record2Role = "record2roleid";

    /// <summary>The reciprocal connection row ("Reciprocal Connection"; read-only on the platform).</summary>
    internal const string Related = "relatedconnectionid";

    /// <summary>True on the row the caller created, false on its reciprocal ("Is Master"; read-only on the platform).</summary>
    internal const string IsMaster = "ismaster";

    /// <summary>Each column whose value the reciprocal holds in the other end's column.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Swapped = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [Record1] = Record2,
        [Record2] = Record1,
        [Record1Role] = Record2Role,
        [Record2Role] = Record1Role,
        ["record1objecttypecode"] = "record2objecttypecode",
        ["record2objecttypecode"] = "record1objecttypecode",
        ["record1idobjecttypecode"] = "record2idobjecttypecode",
        ["record2idobjecttypecode"] = "record1idobjecttypecode",
    };

    /// <summary>The columns an Update carries over to the reciprocal: the ends and roles (swapped) and the state.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Mirrored = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [Record1] = Record2,
        [Record2] = Record1,
        [Record1Role] = Record2Role,
        [Record2Role] = Record1Role,
        [RowColumns.StateCode] = RowColumns.StateCode,
        [RowColumns.StatusCode] = RowColumns.StatusCode,
    };
}
