using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using LocalOrg.Values;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Query;

/// <summary>
/// Decides whether one condition holds for one value, with SQL's treatment of empty columns: an
/// empty column never satisfies a comparison, not even NotEqual, NotIn or NotLike (Null,
/// DoesNotContainValues and the Not… forms of multi-select are the exceptions, as documented in README).
/// </summary>
internal static class ConditionEvaluator
{
    /// <param name="stored">The column's value (null when the row lacks it).</param>
    /// <param name="condition">The condition.</param>
    /// <param name="values">The condition's values, already flattened (arrays spread out, column references resolved).</param>
    /// <param name="userId">The querying user, for EqualUserId.</param>
    internal static bool Holds(object? stored, ConditionExpression condition, IReadOnlyList<object?> values, Guid userId)
    {
        var multiSelect = stored as OptionSetValueCollection;
        switch (condition.Operator)
        {
            case ConditionOperator.Null:
                return stored is null || multiSelect?.Count == 0;
            case ConditionOperator.NotNull:
                return stored is not null && multiSelect?.Count != 0;
            case ConditionOperator.ContainValues:
                return ValueComparer.OptionValues(stored).Intersect(Ints(values)).Any();
            case ConditionOperator.DoesNotContainValues:
                return !ValueComparer.OptionValues(stored).Intersect(Ints(values)).Any();
            case ConditionOperator.EqualUserId:
                return stored is not null && ValueComparer.AreEqual(stored, userId);
            case ConditionOperator.NotEqualUserId:
                return stored is not null && !ValueComparer.AreEqual(stored, userId);
        }

        if (stored is null)
        {
            return false;
        }

        if (multiSelect != null)
        {
            return HoldsForMultiSelect(multiSelect, condition.Operator, values);
        }

        return condition.Operator switch
        {
            ConditionOperator.Equal => values.Any(v => ValueComparer.AreEqual(stored, v)),
            ConditionOperator.NotEqual => !values.Any(v => ValueComparer.AreEqual(stored, v)),
            ConditionOperator.In => values.Any(v => ValueComparer.AreEqual(stored, v)),
            ConditionOperator.NotIn => !values.Any(v => ValueComparer.AreEqual(stored, v)),
            ConditionOperator.GreaterThan => Compare(stored, values, order => order > 0),
            ConditionOperator.GreaterEqual => Compare(stored, values, order => order >= 0),
            ConditionOperator.LessThan => Compare(stored, values, order => order < 0),
            ConditionOperator.LessEqual => Compare(stored, values, order => order <= 0),
            ConditionOperator.Between => Between(stored, values),
            ConditionOperator.NotBetween => !Between(stored, values),
            ConditionOperator.Like => Like(stored, values, p => p),
            ConditionOperator.NotLike => !Like(stored, values, p => p),
            ConditionOperator.BeginsWith => Like(stored, values, p => p + "%"),
            ConditionOperator.DoesNotBeginWith => !Like(stored, values, p => p + "%"),
            ConditionOperator.EndsWith => Like(stored, values, p => "%" + p),
            ConditionOperator.DoesNotEndWith => !Like(stored, values, p => "%" + p),
            ConditionOperator.On => SameDay(stored, values, order => order == 0),
            ConditionOperator.NotOn => SameDay(stored, values, order => order != 0),
            ConditionOperator.OnOrBefore => SameDay(stored, values, order => order <= 0),
            ConditionOperator.OnOrAfter => SameDay(stored, values, order => order >= 0),
            _ => throw QueryEngine.Unsupported("the condition operator " + condition.Operator),
        };
    }

    /// <summary>Spreads array and collection values (what <c>new ConditionExpression(col, op, new[] { 1, 2 })</c> may store as one value).</summary>
    internal static IReadOnlyList<object?> Flatten(IEnumerable<object> values)
    {
        var flat = new List<object?>();
        foreach (var value in values)
        {
            if (value is IEnumerable many and not string and not byte[])
            {
                flat.AddRange(many.Cast<object?>());
            }
            else
            {
                flat.Add(value);
            }
        }

        return flat;
    }

    /// <summary>Equal compares the selection as a set; In/NotIn ask whether any given value is selected.</summary>
    private static bool HoldsForMultiSelect(OptionSetValueCollection stored, ConditionOperator op, IReadOnlyList<object?> values)
    {
        var selected = ValueComparer.OptionValues(stored).ToHashSet();
        var given = Ints(values).ToHashSet();
        return op switch
        {
            ConditionOperator.Equal => selected.SetEquals(given),
            ConditionOperator.NotEqual => !selected.SetEquals(given),
            ConditionOperator.In => selected.Overlaps(given),
            ConditionOperator.NotIn => !selected.Overlaps(given),
            _ => throw QueryEngine.Unsupported("the condition operator " + op + " on a multi-select column"),
        };
    }

    private static IEnumerable<int> Ints(IEnumerable<object?> values) =>
        values.Select(ValueComparer.Normalize).SelectMany(v => v switch
        {
            int number => new[] { number },
            int[] numbers => numbers,
            string text when int.TryParse(text, out var parsed) => new[] { parsed },
            _ => Array.Empty<int>(),
        });

    private static bool Compare(object stored, IReadOnlyList<object?> values, Func<int, bool> accept)
    {
        var a = ValueComparer.Normalize(stored);
        var b = ValueComparer.Normalize(values.FirstOrDefault());
        return a is not null && b is not null && ValueComparer.TryCompare(a, b, out var order) && accept(order);
    }

    private static bool Between(object stored, IReadOnlyList<object?> values) =>
        values.Count == 2 && Compare(stored, values.Take(1).ToList(), o => o >= 0) && Compare(stored, values.Skip(1).ToList(), o => o <= 0);

    private static bool Like(object stored, IReadOnlyList<object?> values, Func<string, string> pattern) =>
        stored is string text && values.FirstOrDefault() is string given && LikePattern.Matches(text, pattern(given));

    private static bool SameDay(object stored, IReadOnlyList<object?> values, Func<int, bool> accept) =>
        stored is DateTime date && values.FirstOrDefault() is DateTime day
        && accept(ValueCopier.ToUtc(date).Date.CompareTo(ValueCopier.ToUtc(day).Date));
}
