using System;
using CrmEnablement.Engine.Settings;

namespace CrmEnablement.Engine.Ranking;

/// <summary>
/// The weights as whole milli-points. Integer scores compare exactly, so ties are real ties
/// (broken by content id) and the same input gives the same order on every machine.
/// </summary>
internal sealed class MilliWeights
{
    public MilliWeights(EngineSettings settings)
    {
        var weights = settings.Weights;
        Industry = Milli(weights.Industry);
        BuyerRole = Milli(weights.BuyerRole);
        Phase = Milli(weights.Phase);
        SalesStage = Milli(weights.SalesStage);
        Challenge = Milli(weights.Challenge);
        Pinned = Milli(weights.Pinned);
    }

    public int Industry { get; }
    public int BuyerRole { get; }
    public int Phase { get; }
    public int SalesStage { get; }
    public int Challenge { get; }
    public int Pinned { get; }

    public static int Milli(double points) => (int)Math.Round(points * 1000, MidpointRounding.AwayFromZero);
}
