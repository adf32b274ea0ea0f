using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.Xrm.Sdk.Query;

namespace CrmEnablement.Cli.Sandbox;

/// <summary>
/// The small part of OData query options the panel needs: <c>$select</c>, <c>$filter</c> with
/// comparisons joined by <c>and</c>, <c>$orderby</c> and <c>$top</c>. Anything else is refused
/// with a message rather than ignored, so a query never silently returns the wrong rows.
/// </summary>
internal sealed class ODataQuery
{
    private static readonly Regex Comparison = new(
        @"^\s*(?<column>[A-Za-z_][A-Za-z0-9_]*)\s+(?<op>eq|ne|gt|ge|lt|le)\s+(?<value>'(?:[^']|'')*'|[^\s]+)\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    private static readonly Regex And = new(@"\s+and\s+(?=(?:[^']*'[^']*')*[^']*$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    private ODataQuery()
    {
    }

    /// <summary>The selected columns; empty means all.</summary>
    public IReadOnlyList<string> Select { get; private init; } = Array.Empty<string>();

    public IReadOnlyList<ConditionExpression> Conditions { get; private init; } = Array.Empty<ConditionExpression>();

    public IReadOnlyList<OrderExpression> Orders { get; private init; } = Array.Empty<OrderExpression>();

    public int? Top { get; private init; }

    /// <summary>Reads options such as <c>?$select=name&amp;$filter=statecode eq 0</c>.</summary>
    /// <exception cref="WebApiRequestException">An option the sandbox does not support, or one it cannot read.</exception>
    public static ODataQuery Parse(string? options)
    {
        var select = new List<string>();
        var conditions = new List<ConditionExpression>();
        var orders = new List<OrderExpression>();
        int? top = null;
        foreach (var part in (options ?? "").TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? part : part.Substring(0, equals));
            var value = equals < 0 ? "" : Uri.UnescapeDataString(part.Substring(equals + 1).Replace('+', ' '));
            switch (name)
            {
                case "$select":
                    select.AddRange(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(WebApiValues.ColumnOf));
                    break;
                case "$filter":
                    conditions.AddRange(And.Split(value).Select(ParseComparison));
                    break;
                case "$orderby":
                    orders.AddRange(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseOrder));
                    break;
                case "$top":
                    top = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0
                        ? count
                        : throw new WebApiRequestException($"$top '{value}' is not a positive number.");
                    break;
                default:
                    throw new WebApiRequestException($"The sandbox supports $select, $filter (comparisons joined by 'and'), $orderby and $top; not '{name}'.");
            }
        }

        return new ODataQuery { Select = select, Conditions = conditions, Orders = orders, Top = top };
    }

    /// <summary>The columns to read: the selection, or every column.</summary>
    public ColumnSet Columns() => Select.Count == 0 ? new ColumnSet(true) : new ColumnSet(Select.ToArray());

    private static ConditionExpression ParseComparison(string text)
    {
        var match = Comparison.Match(text);
        if (!match.Success)
        {
            throw new WebApiRequestException($"The sandbox cannot read the filter '{text}'; use comparisons such as statecode eq 0 joined by 'and'.");
        }

        var column = WebApiValues.ColumnOf(match.Groups["column"].Value);
        var value = Literal(match.Groups["value"].Value);
        var op = match.Groups["op"].Value.ToLowerInvariant() switch
        {
            "eq" => value is null ? ConditionOperator.Null : ConditionOperator.Equal,
            "ne" => value is null ? ConditionOperator.NotNull : ConditionOperator.NotEqual,
            "gt" => ConditionOperator.GreaterThan,
            "ge" => ConditionOperator.GreaterEqual,
            "lt" => ConditionOperator.LessThan,
            _ => ConditionOperator.LessEqual,
        };
        return value is null ? new ConditionExpression(column, op) : new ConditionExpression(column, op, value);
    }

    private static object? Literal(string text)
    {
        if (text.StartsWith('\'') && text.EndsWith('\''))
        {
            return text.Substring(1, text.Length - 2).Replace("''", "'", StringComparison.Ordinal);
        }

        if (Guid.TryParse(text, out var id))
        {
            return id;
        }

        return text.ToLowerInvariant() switch
        {
            "null" => null,
            "true" => true,
            "false" => false,
            _ when int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) => whole,
            _ when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) => number,
            _ => throw new WebApiRequestException($"'{text}' is not a value the sandbox can compare with."),
        };
    }

    private static OrderExpression ParseOrder(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var descending = words.Length > 1 && string.Equals(words[1], "desc", StringComparison.OrdinalIgnoreCase);
        return new OrderExpression(WebApiValues.ColumnOf(words[0]), descending ? OrderType.Descending : OrderType.Ascending);
    }
}
