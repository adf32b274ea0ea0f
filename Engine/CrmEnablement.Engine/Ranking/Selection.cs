using System.Collections.Generic;
using System.Linq;

namespace CrmEnablement.Engine.Ranking;

/// <summary>
/// Turns the pools' best candidates into the final list: best first under the top-K, per-kind
/// and internal caps, then refreshers for the chosen client-facing items take the internal slots
/// before other internal items.
/// </summary>
internal static class Selection
{
    public sealed class Chosen
    {
        public int Position;
        public int Score;
        /// <summary>Positions of the chosen client-facing items this one refreshes, best first.</summary>
        public List<int> Refreshes = new();
    }

    public static List<Chosen> Choose(CatalogIndex index, OpportunityContext context, RankScratch scratch, int today)
    {
        var settings = index.Settings;
        var pooled = new List<KeyValuePair<int, int>>();
        for (var bucket = 0; bucket < scratch.Fill.Length; bucket++)
        {
            for (var slot = 0; slot < scratch.Fill[bucket]; slot++)
            {
                var at = (bucket * scratch.Slots) + slot;
                pooled.Add(new KeyValuePair<int, int>(scratch.Scores[at], scratch.Items[at]));
            }
        }

        // Key = score, value = position (ValueTuple is missing on the plugin's .NET Framework 4.6.2).
        pooled.Sort((left, right) => left.Key != right.Key ? right.Key.CompareTo(left.Key) : left.Value.CompareTo(right.Value));
        var perKind = new Dictionary<int, int>();
        var picked = new List<Chosen>();
        var internalCount = 0;
        foreach (var entry in pooled)
        {
            var score = entry.Key;
            var position = entry.Value;
            var facts = index.Facts[position];
            var kind = facts.Bucket >> 1;
            perKind.TryGetValue(kind, out var ofKind);
            if (picked.Count == settings.TopK || ofKind >= settings.PerKindCap || (facts.Internal && internalCount >= settings.InternalCap))
            {
                continue;
            }

            perKind[kind] = ofKind + 1;
            internalCount += facts.Internal ? 1 : 0;
            picked.Add(new Chosen { Position = position, Score = score });
        }

        return AddRefreshers(index, context, picked, today);
    }

    private static List<Chosen> AddRefreshers(CatalogIndex index, OpportunityContext context, List<Chosen> picked, int today)
    {
        var settings = index.Settings;
        var clientFacing = picked.Where(chosen => !index.Facts[chosen.Position].Internal).ToList();
        var refreshers = new List<Chosen>();
        foreach (var source in clientFacing)
        {
            var target = index.Facts[source.Position].RelatedTraining;
            // Links to anything but an internal item were dropped when the index was built.
            if (target < 0 || !IsAvailable(index, context, target, today))
            {
                continue;
            }

            var existing = refreshers.FirstOrDefault(chosen => chosen.Position == target);
            if (existing is null && refreshers.Count < settings.InternalCap)
            {
                existing = new Chosen { Position = target, Score = Explainer.Explain(index, context, target, today).Score };
                refreshers.Add(existing);
            }

            existing?.Refreshes.Add(source.Position);
        }

        var otherInternal = picked.Where(chosen => index.Facts[chosen.Position].Internal && refreshers.All(refresher => refresher.Position != chosen.Position));
        var internalChosen = refreshers.Concat(otherInternal).Take(settings.InternalCap).ToList();

        // Refreshers may push the list past top-K: the weakest client-facing items that no refresher
        // depends on make room first.
        while (clientFacing.Count + internalChosen.Count > settings.TopK)
        {
            var drop = clientFacing.LastOrDefault(chosen => internalChosen.All(refresher => !refresher.Refreshes.Contains(chosen.Position)));
            if (drop is null)
            {
                internalChosen.RemoveAt(internalChosen.Count - 1);
                continue;
            }

            clientFacing.Remove(drop);
        }

        return clientFacing.Concat(internalChosen)
            .OrderByDescending(chosen => chosen.Score)
            .ThenBy(chosen => chosen.Position)
            .ToList();
    }

    /// <summary>A refresher (an internal item) is offered when it is published, in date and not dismissed; its tags do not filter it.</summary>
    private static bool IsAvailable(CatalogIndex index, OpportunityContext context, int position, int today)
    {
        var facts = index.Facts[position];
        return facts.Published && facts.PublishedDay <= today && facts.ExpiresDay >= today
            && System.Array.BinarySearch(context.Dismissed, position) < 0;
    }
}
