using System;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>Writes values into OData URLs: string literals quoted per OData, then percent-encoded.</summary>
internal static class ODataLiteral
{
    /// <summary>
    /// The text of a string literal, quotes doubled and percent-encoded, ready to sit between the
    /// single quotes of <c>key='…'</c>. Ids may hold quotes, spaces, <c>#</c> or <c>/</c>.
    /// </summary>
    public static string Escape(string value) => Uri.EscapeDataString(value.Replace("'", "''"));
}
