using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Settings;
using CrmEnablement.Engine.Vocabularies;
using CrmEnablement.Plugins.Dataverse;

namespace CrmEnablement.Plugins.Services;

/// <summary>Turns what was read about a deal into the engine's <see cref="OpportunityProfile"/>.</summary>
public static class ProfileBuilder
{
    /// <summary>Builds the profile; <paramref name="snapshot"/> turns dismissed rows into engine ids.</summary>
    public static OpportunityProfile Build(OpportunityRow row, IReadOnlyList<Stakeholder> stakeholders, EngineSettings settings, CatalogSnapshot snapshot)
    {
        var vocabularies = settings.Vocabularies;
        return new OpportunityProfile
        {
            Id = row.Id.ToString("D"),
            Name = row.Name,
            Industry = IndustryCodes.Industry(settings, row.IndustryCode),
            SalesStage = Stage(row, vocabularies[Facet.SalesStage]),
            Status = row.State switch
            {
                OpportunitySchema.WonState => OpportunityStatus.Won,
                OpportunitySchema.LostState => OpportunityStatus.Lost,
                _ => OpportunityStatus.Open,
            },
            Phase = OptionLabels.Label(vocabularies[Facet.Phase], row.PhaseOverride),
            BuyerRoles = OptionLabels.Labels(vocabularies[Facet.BuyerRole], row.BuyerRoles),
            Stakeholders = stakeholders,
            Challenges = OptionLabels.Labels(vocabularies[Facet.Challenge], row.Challenges),
            Language = string.IsNullOrWhiteSpace(row.Language) ? null : row.Language!.Trim(),
            Dismissed = row.DismissedContent
                .Select(id => snapshot.EngineIds.TryGetValue(id, out var engineId) ? engineId : null)
                .Where(id => id is not null)
                .Select(id => id!)
                .ToArray(),
        };
    }

    private static string? Stage(OpportunityRow row, Vocabulary stages)
    {
        // A running business process flow knows the real stage; the salesstage choice is the fallback.
        if (row.ProcessStageName is { Length: > 0 } name && stages.TryGetIndex(name, out _))
        {
            return name;
        }

        return SalesStageValues.Label(row.SalesStage?.Value) ?? row.ProcessStageName;
    }
}
