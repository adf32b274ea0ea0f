using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Engine.Ranking;

/// <summary>
/// Ranks content for opportunities: hard filters, then score, then top-K under the per-kind and
/// internal caps, then refreshers, then reasons. Pure and thread-safe: the same index, deal and
/// day always give the same suggestions, whatever the catalogue's row order.
/// </summary>
public sealed class Ranker
{
    [ThreadStatic]
    private static RankScratch? _scratch;

    private readonly CatalogIndex _index;

    /// <summary>Creates a ranker over <paramref name="index"/>; the index carries the settings.</summary>
    public Ranker(CatalogIndex index)
    {
        _index = index ?? throw new ArgumentNullException(nameof(index));
    }

    /// <summary>Ranks content for one opportunity as of <paramref name="asOf"/> (only its date is used).</summary>
    public OpportunityRanking Rank(OpportunityProfile opportunity, DateTime asOf)
    {
        if (opportunity is null)
        {
            throw new ArgumentNullException(nameof(opportunity));
        }

        var today = DayNumber.Of(asOf);
        var context = OpportunityContextBuilder.Build(_index, opportunity);
        var resolved = Resolved(opportunity, context);
        if (context.Lost)
        {
            return resolved;
        }

        var scratch = _scratch ??= new RankScratch();
        var settings = _index.Settings;
        scratch.Reset((_index.Vocabularies[Facet.Kind].Count + 1) * 2, Math.Min(settings.PerKindCap, settings.TopK));
        CandidateScanner.Scan(_index.GenericByPhase[context.Phase], 0, _index, context, today, scratch);
        if (context.Industry >= 0)
        {
            CandidateScanner.Scan(_index.ByPhaseAndIndustry[context.Phase][context.Industry], _index.Weights.Industry, _index, context, today, scratch);
        }

        var chosen = Selection.Choose(_index, context, scratch, today);
        var suggestions = chosen.Select((entry, at) => ToSuggestion(entry, at + 1, context, today)).ToArray();
        return resolved with { Suggestions = suggestions };
    }

    /// <summary>Ranks many opportunities, keeping their order.</summary>
    public IReadOnlyList<OpportunityRanking> RankAll(IReadOnlyList<OpportunityProfile> opportunities, DateTime asOf) =>
        opportunities.Select(opportunity => Rank(opportunity, asOf)).ToArray();

    /// <summary>What the deal was ranked for (phase, industry, roles) and the warnings, without suggestions.</summary>
    private OpportunityRanking Resolved(OpportunityProfile opportunity, OpportunityContext context)
    {
        var vocabularies = _index.Vocabularies;
        return new OpportunityRanking
        {
            OpportunityId = opportunity.Id,
            Phase = vocabularies[Facet.Phase].Terms[context.Phase].Label,
            Industry = context.Industry >= 0 ? vocabularies[Facet.Industry].Terms[context.Industry].Label : null,
            BuyerRoles = Explainer.Positions(context.Roles).Select(role => vocabularies[Facet.BuyerRole].Terms[role].Label).ToArray(),
            Warnings = context.Warnings.ToArray(),
        };
    }

    private Suggestion ToSuggestion(Selection.Chosen chosen, int rank, OpportunityContext context, int today)
    {
        var item = _index.Items[chosen.Position];
        var (score, reasons) = Explainer.Explain(_index, context, chosen.Position, today);
        var training = chosen.Refreshes
            .Select(source => _index.Items[source])
            .Select(source => new Reason(ReasonFacet.Training, source.Id, RankingMessages.TrainingText(source.Title)));
        var roles = Explainer.Positions(_index.Facts[chosen.Position].Roles & context.Roles)
            .Select(role => _index.Vocabularies[Facet.BuyerRole].Terms[role].Label);
        return new Suggestion
        {
            Rank = rank,
            ContentId = item.Id,
            Title = item.Title,
            Url = item.Url,
            Kind = item.Kind,
            Audience = item.IsInternal ? AudienceLabels.Internal : AudienceLabels.ClientFacing,
            Score = score / 1000m,
            ForRoles = roles.ToArray(),
            Reasons = training.Concat(reasons).ToArray(),
        };
    }
}
