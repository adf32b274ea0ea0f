using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Engine.Settings;

/// <summary>Everything an admin may tune about ranking; the defaults are ARCHITECTURE.md §2.2.</summary>
public sealed record EngineSettings
{
    /// <summary>The longest freshness half-life accepted: a hundred years.</summary>
    public const double MaxHalfLifeDays = 36500;

    /// <summary>The defaults.</summary>
    public static EngineSettings Default { get; } = new();

    /// <summary>How many suggestions an opportunity gets at most.</summary>
    public int TopK { get; init; } = 8;
    /// <summary>At most this many suggestions of one content kind.</summary>
    public int PerKindCap { get; init; } = 2;
    /// <summary>At most this many internal (rep-only) suggestions, refreshers first.</summary>
    public int InternalCap { get; init; } = 2;
    public ScoreWeights Weights { get; init; } = new();
    /// <summary>Pseudo-count of "helpful" votes every item starts with (smoothing).</summary>
    public double FeedbackPriorHelpful { get; init; } = 2;
    /// <summary>Pseudo-count of "not helpful" votes every item starts with (smoothing).</summary>
    public double FeedbackPriorNotHelpful { get; init; } = 2;
    /// <summary>Days after publication at which the freshness bonus has halved.</summary>
    public double FreshnessHalfLifeDays { get; init; } = 60;
    /// <summary>Sales stage label → journey phase label.</summary>
    public IReadOnlyDictionary<string, string> StagePhaseMap { get; init; } = new Dictionary<string, string>
    {
        ["Qualify"] = "Awareness",
        ["Develop"] = "Buying",
        ["Propose"] = "Buying",
        ["Close"] = "Buying",
    };
    /// <summary>
    /// Account <c>industrycode</c> option value → industry label. Customers often customise that
    /// choice, so the map is a setting; by default the 33 out-of-the-box values map to their labels.
    /// </summary>
    public IReadOnlyDictionary<int, string> IndustryCodeMap { get; init; } = DefaultVocabularies.Industries
        .Select((label, index) => new KeyValuePair<int, string>(index + 1, label))
        .ToDictionary(pair => pair.Key, pair => pair.Value);

    /// <summary>The phase of a won deal.</summary>
    public string WonPhase { get; init; } = "Implementation & Adoption";
    public VocabularySet Vocabularies { get; init; } = VocabularySet.Default;

    /// <summary>Every reason these settings cannot be used, each naming the setting; empty when valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (TopK < 1 || TopK > 100)
        {
            problems.Add($"topK must be between 1 and 100 (it is {TopK}).");
        }

        if (PerKindCap < 1)
        {
            problems.Add($"perKindCap must be at least 1 (it is {PerKindCap}).");
        }

        if (InternalCap < 0)
        {
            problems.Add($"internalCap must be 0 or more (it is {InternalCap}).");
        }

        ValidateWeights(problems);
        if (!(FeedbackPriorHelpful > 0 && FeedbackPriorHelpful < 1e6 && FeedbackPriorNotHelpful > 0 && FeedbackPriorNotHelpful < 1e6))
        {
            problems.Add("feedbackPrior.helpful and feedbackPrior.notHelpful must both be above 0 and below 1000000.");
        }

        if (!(FreshnessHalfLifeDays > 0 && FreshnessHalfLifeDays <= MaxHalfLifeDays))
        {
            problems.Add($"freshnessHalfLifeDays must be above 0 and at most {MaxHalfLifeDays} (it is {FreshnessHalfLifeDays}).");
        }

        var phases = Vocabularies[Facet.Phase];
        var stages = Vocabularies[Facet.SalesStage];
        foreach (var pair in StagePhaseMap)
        {
            if (!stages.TryGetIndex(pair.Key, out _))
            {
                problems.Add($"stagePhaseMap: '{pair.Key}' is not a sales stage (closest: {stages.Closest(pair.Key)}).");
            }

            if (!phases.TryGetIndex(pair.Value, out _))
            {
                problems.Add($"stagePhaseMap['{pair.Key}']: '{pair.Value}' is not a journey phase (closest: {phases.Closest(pair.Value)}).");
            }
        }

        var industries = Vocabularies[Facet.Industry];
        foreach (var pair in IndustryCodeMap.OrderBy(pair => pair.Key))
        {
            if (!industries.TryGetIndex(pair.Value, out _))
            {
                problems.Add($"industryCodeMap['{pair.Key}']: '{pair.Value}' is not an industry (closest: {industries.Closest(pair.Value)}).");
            }
        }

        if (!phases.TryGetIndex(WonPhase, out _))
        {
            problems.Add($"wonPhase: '{WonPhase}' is not a journey phase (closest: {phases.Closest(WonPhase)}).");
        }

        return problems;
    }

    private static KeyValuePair<string, double> Weight(string name, double value) => new(name, value);

    private void ValidateWeights(List<string> problems)
    {
        var facets = new[]
        {
            Weight("industry", Weights.Industry), Weight("buyerRole", Weights.BuyerRole), Weight("phase", Weights.Phase),
            Weight("salesStage", Weights.SalesStage), Weight("challenge", Weights.Challenge), Weight("pinned", Weights.Pinned),
        };
        foreach (var weight in facets.Concat(new[] { Weight("feedback", Weights.Feedback), Weight("freshness", Weights.Freshness) }))
        {
            if (!(weight.Value >= 0 && weight.Value <= 1000))
            {
                problems.Add($"weights.{weight.Key} must be between 0 and 1000 (it is {weight.Value}).");
            }
        }

        // A facet weighted 0 cannot make a difference, so it does not bound the tie-breakers.
        var weighted = facets.Where(facet => facet.Value > 0).OrderBy(facet => facet.Value).ToArray();
        if (weighted.Length == 0)
        {
            problems.Add("weights: at least one facet weight must be above 0.");
            return;
        }

        // Compared as the ranker scores: in whole milli-points, each part rounded on its own.
        var smallest = weighted[0];
        var tieBreakers = (2 * Ranking.MilliWeights.Milli(Weights.Feedback)) + Ranking.MilliWeights.Milli(Weights.Freshness);
        if (tieBreakers >= Ranking.MilliWeights.Milli(smallest.Value))
        {
            problems.Add(
                $"weights.feedback and weights.freshness may only break near-ties: 2 × feedback + freshness ({tieBreakers / 1000.0}) " +
                $"must stay below the smallest facet weight (weights.{smallest.Key} = {smallest.Value}).");
        }
    }
}
