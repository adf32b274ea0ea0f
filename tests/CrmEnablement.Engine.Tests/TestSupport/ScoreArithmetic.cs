using System;
using System.Linq;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Settings;

namespace CrmEnablement.Engine.Tests.TestSupport;

/// <summary>
/// The documented scoring arithmetic, written out independently of the engine's Explainer and
/// bitsets, in whole milli-points (each part rounded to 0.001 on its own, half away from zero).
/// </summary>
internal static class ScoreArithmetic
{
    public static int Milli(double points) => (int)Math.Round(points * 1000, MidpointRounding.AwayFromZero);

    /// <summary>Smoothed feedback: weight × (2 × helpful share − 1), the shares counting the priors.</summary>
    public static int Feedback(ContentItem item, EngineSettings settings)
    {
        var helpful = item.Helpful + settings.FeedbackPriorHelpful;
        var total = item.Helpful + item.NotHelpful + settings.FeedbackPriorHelpful + settings.FeedbackPriorNotHelpful;
        return Milli(settings.Weights.Feedback * ((2 * helpful / total) - 1));
    }

    /// <summary>Freshness: the full weight on the publication day, halving over the half-life, none after it or without a date.</summary>
    public static int Freshness(ContentItem item, EngineSettings settings, DateTime asOf)
    {
        if (item.PublishedOn is not { } published || published.Date > asOf.Date)
        {
            return 0;
        }

        var age = (asOf.Date - published.Date).Days;
        if (age > settings.FreshnessHalfLifeDays)
        {
            return 0;
        }

        return Milli(settings.Weights.Freshness * Math.Pow(0.5, age / settings.FreshnessHalfLifeDays));
    }

    /// <summary>
    /// The facet points a suggestion's reasons stand for: industry, one role bonus however many
    /// roles matched, phase, stage, each shared challenge, pin.
    /// </summary>
    public static int FacetPoints(Suggestion suggestion, ScoreWeights weights)
    {
        var facets = suggestion.Reasons.Select(reason => reason.Facet).ToList();
        var points = 0.0;
        points += facets.Contains(ReasonFacet.Industry) ? weights.Industry : 0;
        points += facets.Contains(ReasonFacet.BuyerRole) ? weights.BuyerRole : 0;
        points += facets.Contains(ReasonFacet.Phase) ? weights.Phase : 0;
        points += facets.Contains(ReasonFacet.SalesStage) ? weights.SalesStage : 0;
        points += facets.Count(facet => facet == ReasonFacet.Challenge) * weights.Challenge;
        points += facets.Contains(ReasonFacet.Pinned) ? weights.Pinned : 0;
        return Milli(points);
    }

    /// <summary>Milli-points as the suggestion's decimal score.</summary>
    public static decimal Points(int milli) => milli / 1000m;
}
