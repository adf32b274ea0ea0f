using System.Collections.Generic;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Settings;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Engine.Ranking;

/// <summary>
/// The deal's journey phase: an explicit override wins, then a won deal is in Implementation &amp;
/// Adoption, then the sales stage decides through the settings' stage → phase map.
/// </summary>
public static class PhaseResolver
{
    /// <summary>Resolves the phase position of <paramref name="opportunity"/>, adding warnings for what it had to assume.</summary>
    public static int Resolve(OpportunityProfile opportunity, EngineSettings settings, ICollection<string> warnings)
    {
        var phases = settings.Vocabularies[Facet.Phase];
        var stages = settings.Vocabularies[Facet.SalesStage];
        if (!string.IsNullOrWhiteSpace(opportunity.Phase))
        {
            if (phases.TryGetIndex(opportunity.Phase!, out var explicitPhase))
            {
                return explicitPhase;
            }

            warnings.Add(RankingMessages.UnknownPhase(opportunity.Phase!, phases.Closest(opportunity.Phase!)));
        }

        if (opportunity.Status == OpportunityStatus.Won && phases.TryGetIndex(settings.WonPhase, out var wonPhase))
        {
            return wonPhase;
        }

        var assumed = phases.Terms[0].Label;
        if (string.IsNullOrWhiteSpace(opportunity.SalesStage))
        {
            warnings.Add(RankingMessages.NoPhase(assumed));
            return 0;
        }

        if (TryGetPhaseOfStage(opportunity.SalesStage!, settings, out var phase))
        {
            return phase;
        }

        warnings.Add(stages.TryGetTerm(opportunity.SalesStage!, out var stage)
            ? RankingMessages.StageNotMapped(stage.Label, assumed)
            : RankingMessages.UnknownStagePhase(opportunity.SalesStage!.Trim(), assumed));
        return 0;
    }

    /// <summary>
    /// The phase position the settings' stage → phase map gives <paramref name="salesStage"/>; false
    /// when it is no sales stage or the map has no phase for it.
    /// </summary>
    public static bool TryGetPhaseOfStage(string salesStage, EngineSettings settings, out int phase)
    {
        var phases = settings.Vocabularies[Facet.Phase];
        var stages = settings.Vocabularies[Facet.SalesStage];
        if (stages.TryGetTerm(salesStage, out var stage))
        {
            foreach (var pair in settings.StagePhaseMap)
            {
                if (stages.TryGetTerm(pair.Key, out var mapped) && mapped.Label == stage.Label
                    && phases.TryGetIndex(pair.Value, out phase))
                {
                    return true;
                }
            }
        }

        phase = 0;
        return false;
    }
}
