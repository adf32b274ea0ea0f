using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CrmEnablement.Benchmarks.Baseline;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Ranking;

namespace CrmEnablement.Benchmarks.Benchmarks;

/// <summary>
/// A batch refresh as the MSX-scale budget means it: rank every deal against one shared index. Each
/// method returns the number of suggestions made, so no ranking can be optimised away.
/// </summary>
public static class BatchWork
{
    /// <summary>The cores the budget allows (ARCHITECTURE.md §4: "on 2 cores").</summary>
    public const int BudgetCores = 2;

    /// <summary>Ranks the deals one after the other on this thread.</summary>
    public static int Serial(Ranker ranker, IReadOnlyList<OpportunityProfile> deals, DateTime asOf)
    {
        var suggestions = 0;
        for (var i = 0; i < deals.Count; i++)
        {
            suggestions += ranker.Rank(deals[i], asOf).Suggestions.Count;
        }

        return suggestions;
    }

    /// <summary>Ranks the deals with <c>Parallel.For</c> on at most <paramref name="cores"/> threads.</summary>
    public static int Parallel(Ranker ranker, IReadOnlyList<OpportunityProfile> deals, DateTime asOf, int cores = BudgetCores)
    {
        var suggestions = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = cores };
        System.Threading.Tasks.Parallel.For(
            0,
            deals.Count,
            options,
            () => 0,
            (i, _, local) => local + ranker.Rank(deals[i], asOf).Suggestions.Count,
            local => Interlocked.Add(ref suggestions, local));
        return suggestions;
    }

    /// <summary>Ranks the deals one after the other with the naive LINQ baseline.</summary>
    public static int Naive(NaiveRanker ranker, IReadOnlyList<OpportunityProfile> deals, DateTime asOf)
    {
        var suggestions = 0;
        for (var i = 0; i < deals.Count; i++)
        {
            suggestions += ranker.Rank(deals[i], asOf).Count;
        }

        return suggestions;
    }
}
