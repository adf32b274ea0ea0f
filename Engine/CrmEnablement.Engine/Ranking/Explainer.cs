using System.Collections.Generic;
using System.Globalization;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Engine.Ranking;

/// <summary>
/// Scores one chosen item facet by facet and says why, in the same milli-points as the scan, so
/// every point of a suggestion's score has a reason behind it.
/// </summary>
internal static class Explainer
{
    public static Explanation Explain(CatalogIndex index, OpportunityContext context, int position, int today)
    {
        var item = index.Items[position];
        var facts = index.Facts[position];
        var weights = index.Weights;
        var vocabularies = index.Vocabularies;
        var reasons = new List<Reason>();
        var score = 0;
        if (context.Industry >= 0 && System.Array.IndexOf(facts.Industries, context.Industry) >= 0)
        {
            var label = vocabularies[Facet.Industry].Terms[context.Industry].Label;
            score += weights.Industry;
            reasons.Add(new Reason(ReasonFacet.Industry, label, RankingMessages.IndustryText(label)));
        }

        var roles = facts.Roles & context.Roles;
        if (roles != 0)
        {
            score += weights.BuyerRole;
            foreach (var role in Positions(roles))
            {
                var label = vocabularies[Facet.BuyerRole].Terms[role].Label;
                var people = context.PeopleByRole.TryGetValue(role, out var names) ? names : new List<string>();
                reasons.Add(new Reason(ReasonFacet.BuyerRole, label, RankingMessages.RoleText(label, people)));
            }
        }

        if ((facts.Phases & (1UL << context.Phase)) != 0)
        {
            var label = vocabularies[Facet.Phase].Terms[context.Phase].Label;
            score += weights.Phase;
            reasons.Add(new Reason(ReasonFacet.Phase, label, RankingMessages.PhaseText(label)));
        }

        if ((facts.Stages & context.StageBit) != 0)
        {
            var label = vocabularies[Facet.SalesStage].Terms[Positions(context.StageBit)[0]].Label;
            score += weights.SalesStage;
            reasons.Add(new Reason(ReasonFacet.SalesStage, label, RankingMessages.StageText(label)));
        }

        foreach (var challenge in Positions(facts.Challenges & context.Challenges))
        {
            var label = vocabularies[Facet.Challenge].Terms[challenge].Label;
            score += weights.Challenge;
            reasons.Add(new Reason(ReasonFacet.Challenge, label, RankingMessages.ChallengeText(label)));
        }

        if (item.Pinned)
        {
            score += weights.Pinned;
            reasons.Add(new Reason(ReasonFacet.Pinned, RankingMessages.PinnedValue, RankingMessages.PinnedText));
        }

        score += facts.FeedbackScore;
        if (item.Helpful + item.NotHelpful > 0 || facts.FeedbackScore != 0)
        {
            reasons.Add(new Reason(ReasonFacet.Feedback, RankingMessages.FeedbackValue(item.Helpful, item.NotHelpful), RankingMessages.FeedbackText(item.Helpful, item.NotHelpful)));
        }

        var age = today - facts.PublishedDay;
        if (age >= 0 && age < index.Freshness.Length)
        {
            score += index.Freshness[age];

            if (item.PublishedOn is { } published)
            {
                var date = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                reasons.Add(new Reason(ReasonFacet.Freshness, date, RankingMessages.FreshnessText(date)));
            }
        }

        return new Explanation(score, reasons);
    }

    /// <summary>The set bit positions of <paramref name="mask"/>, lowest first (vocabulary order).</summary>
    public static List<int> Positions(ulong mask)
    {
        var positions = new List<int>();
        for (var bit = 0; bit < 63 && mask != 0; bit++)
        {
            if ((mask & (1UL << bit)) != 0)
            {
                positions.Add(bit);
                mask &= ~(1UL << bit);
            }
        }

        return positions;
    }
}
