using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Values;

/// <summary>
/// Compares column values the way Dataverse's SQL does for queries and keys: a lookup compares by
/// its id, a choice by its number, money by its amount, numbers across numeric types, text without
/// regard to case (the default collation), a multi-select as a set of numbers.
/// </summary>
internal static class ValueComparer
{
    internal static object? Normalize(object? value) => value switch
    {
        null => null,
        AliasedValue aliased => Normalize(aliased.Value),
        EntityReference reference => reference.Id,
        Entity entity => entity.Id,
        OptionSetValue option => option.Value,
        Money money => money.Value,
        OptionSetValueCollection options => options.Select(o => o.Value).OrderBy(v => v).ToArray(),
        Enum enumValue => Convert.ToInt32(enumValue, CultureInfo.InvariantCulture),
        DateTime date => ValueCopier.ToUtc(date),
        _ => value,
    };

    internal static bool AreEqual(object? left, object? right)
    {
        var a = Normalize(left);
        var b = Normalize(right);
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a is int[] set && b is int[] other)
        {
            return set.SequenceEqual(other);
        }

        return TryCompare(a, b, out var order) && order == 0;
    }

    /// <summary>Orders values for sorting: nulls first (as SQL Server sorts ascending), then by value.</summary>
    internal static int CompareForSort(object? left, object? right)
    {
        var a = Normalize(left);
        var b = Normalize(right);
        if (a is null || b is null)
        {
            return a is null ? (b is null ? 0 : -1) : 1;
        }

        return TryCompare(a, b, out var order)
            ? order
            : string.CompareOrdinal(a.ToString(), b.ToString());
    }

    /// <summary>Compares two normalized, non-null values; false when they are of kinds that cannot be compared.</summary>
    internal static bool TryCompare(object a, object b, out int order)
    {
        order = 0;
        if (IsNumber(a) && IsNumber(b))
        {
            order = a is double || a is float || b is double || b is float
                ? Convert.ToDouble(a, CultureInfo.InvariantCulture).CompareTo(Convert.ToDouble(b, CultureInfo.InvariantCulture))
                : Convert.ToDecimal(a, CultureInfo.InvariantCulture).CompareTo(Convert.ToDecimal(b, CultureInfo.InvariantCulture));
            return true;
        }

        switch (a)
        {
            case string text when b is string otherText:
                order = string.Compare(text, otherText, StringComparison.OrdinalIgnoreCase);
                return true;
            case Guid id when AsGuid(b) is Guid otherId:
                order = id.CompareTo(otherId);
                return true;
            case string text when b is Guid otherId && Guid.TryParse(text, out var parsed):
                order = parsed.CompareTo(otherId);
                return true;
            case DateTime date when b is DateTime otherDate:
                order = date.CompareTo(otherDate);
                return true;
            case bool flag when b is bool otherFlag:
                order = flag.CompareTo(otherFlag);
                return true;
            case bool flag when IsNumber(b):
                order = (flag ? 1m : 0m).CompareTo(Convert.ToDecimal(b, CultureInfo.InvariantCulture));
                return true;
            case var number when IsNumber(number) && b is bool otherFlag:
                order = Convert.ToDecimal(number, CultureInfo.InvariantCulture).CompareTo(otherFlag ? 1m : 0m);
                return true;
            default:
                return false;
        }
    }

    internal static IReadOnlyCollection<int> OptionValues(object? value) => value switch
    {
        OptionSetValueCollection options => options.Select(o => o.Value).ToArray(),
        OptionSetValue option => new[] { option.Value },
        _ => Array.Empty<int>(),
    };

    private static Guid? AsGuid(object value) => value switch
    {
        Guid id => id,
        string text when Guid.TryParse(text, out var parsed) => parsed,
        _ => null,
    };

    private static bool IsNumber(object value) =>
        value is int or long or short or byte or decimal or double or float or uint or ulong or ushort or sbyte;
}
