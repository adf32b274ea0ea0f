using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmEnablement.Benchmarks.Data;

/// <summary>The few draws the generators need, all from one seeded <see cref="Random"/> so data is reproducible.</summary>
internal static class RandomExtensions
{
    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static T Pick<T>(this Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];

    /// <summary><paramref name="count"/> different values, in the order the list holds them.</summary>
    public static string[] PickDistinct(this Random random, IReadOnlyList<string> values, int count)
    {
        var chosen = new HashSet<int>();
        while (chosen.Count < Math.Min(count, values.Count))
        {
            chosen.Add(random.Next(values.Count));
        }

        return chosen.OrderBy(index => index).Select(index => values[index]).ToArray();
    }

    /// <summary>Picks an index by weight: <c>weights[i]</c> is the relative chance of <c>i</c>.</summary>
    public static int Weighted(this Random random, IReadOnlyList<double> weights)
    {
        var roll = random.NextDouble() * weights.Sum();
        for (var index = 0; index < weights.Count; index++)
        {
            roll -= weights[index];
            if (roll < 0)
            {
                return index;
            }
        }

        return weights.Count - 1;
    }
}
