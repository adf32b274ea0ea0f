using System;

namespace CrmEnablement.Engine.Ranking;

/// <summary>
/// Per-thread working memory for one ranking: for every (kind, audience) pool, the best few
/// candidates in order. Nothing is allocated per scanned item.
/// </summary>
internal sealed class RankScratch
{
    public int[] Scores = new int[0];
    public int[] Items = new int[0];
    public int[] Fill = new int[0];
    public int Slots;
    private int[] _passing = new int[0];

    /// <summary>Room for the positions that pass the filters in a list of <paramref name="length"/> entries.</summary>
    public int[] Passing(int length)
    {
        if (_passing.Length < length)
        {
            _passing = new int[length];
        }

        return _passing;
    }

    /// <summary>True when the item could not enter its full pool: the cheap test before <see cref="Offer"/>.</summary>
    public bool Rejects(int bucket, int score, int item)
    {
        if (Fill[bucket] != Slots)
        {
            return false;
        }

        var last = (bucket * Slots) + Slots - 1;
        return score < Scores[last] || (score == Scores[last] && item > Items[last]);
    }

    public void Reset(int buckets, int slots)
    {
        Slots = slots;
        if (Fill.Length < buckets || Scores.Length < buckets * slots)
        {
            Fill = new int[buckets];
            Scores = new int[buckets * slots];
            Items = new int[buckets * slots];
        }
        else
        {
            Array.Clear(Fill, 0, Fill.Length);
        }
    }

    /// <summary>Offers a scored item to its pool, keeping the pool's best <see cref="Slots"/> by score, then position.</summary>
    public void Offer(int bucket, int score, int item)
    {
        var start = bucket * Slots;
        var fill = Fill[bucket];
        int slot;
        if (fill == Slots)
        {
            var last = start + Slots - 1;
            if (score < Scores[last] || (score == Scores[last] && item > Items[last]))
            {
                return;
            }

            slot = last;
        }
        else
        {
            slot = start + fill;
            Fill[bucket] = fill + 1;
        }

        while (slot > start && (score > Scores[slot - 1] || (score == Scores[slot - 1] && item < Items[slot - 1])))
        {
            Scores[slot] = Scores[slot - 1];
            Items[slot] = Items[slot - 1];
            slot--;
        }

        Scores[slot] = score;
        Items[slot] = item;
    }
}
