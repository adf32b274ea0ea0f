using System.Collections.Generic;

namespace CrmEnablement.Engine.Ranking;

/// <summary>An item's score for a deal and the reasons behind every point of it.</summary>
/// <remarks>A class rather than a tuple: the plugin build targets .NET Framework 4.6.2, which has no ValueTuple.</remarks>
internal sealed class Explanation
{
    public Explanation(int score, List<Reason> reasons)
    {
        Score = score;
        Reasons = reasons;
    }

    public int Score { get; }

    public List<Reason> Reasons { get; }

    public void Deconstruct(out int score, out List<Reason> reasons)
    {
        score = Score;
        reasons = Reasons;
    }
}
