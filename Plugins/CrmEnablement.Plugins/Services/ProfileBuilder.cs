using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Settings;
using CrmEnablement.Engine.Vocabularies;
using CrmEnablement.Plugins.Dataverse;

namespace CrmEnablement.Plugins.Services;

/// <summary>Turns what was read about a deal into the engine's <see cref="OpportunityProfile"/>.</summary>
public static class ProfileBuilder
{
    /// <summary>The labels of the out-of-the-box <c>salesstage</c> choice, by value (0–3).</summary>
    private static readonly string[] SalesStageLabels = { "Qualify", "Develop", "Propose", "Close" };

    /// <summary>Builds the profile; <paramref name="snapshot"/> turns dismissed rows into engine ids.</summary>
    public static OpportunityProfile Build(OpportunityRow row, IReadOnlyList<Stakeholder> stakeholders, EngineSettings settings, CatalogSnapshot snapshot)
    {
        var vocabularies = settings.Vocabularies;
        return new OpportunityProfile
        {
            Id = row.Id.ToString("D"),
            Name = row.Name,
            Industry = Industry(row, settings),
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
            Dismissed = row.DismissedContent
                .Select(id => snapshot.EngineIds.TryGetValue(id, out var engineId) ? engineId : null)
                .Where(id => id is not null)
                .Select(id => id!)
                .ToArray(),
        };
    }

    private static string? Industry(OpportunityRow row, EngineSettings settings)
    {
        if (row.IndustryCode is not { } code)
        {
            return null;
        }

        // A customised industry value with no entry in industryCodeMap reaches the ranker as an
        // unknown label, which warns and falls back to industry-generic content.
        return settings.IndustryCodeMap.TryGetValue(code, out var label) ? label : "industry code " + code.ToString(CultureInfo.InvariantCulture);
    }

    private static string? Stage(OpportunityRow row, Vocabulary stages)
    {
        // A running business process flow knows the real stage; the salesstage choice is the fallback.
        if (row.ProcessStageName is { Length: > 0 } name && stages.TryGetIndex(name, out _))
        {
            return name;
        }

        var value = row.SalesStage?.Value;
        return value is >= 0 and < 4 ? SalesStageLabels[value.Value] : row.ProcessStageName;
    }
}
