using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Engine.Ranking;

/// <summary>Resolves a deal's labels against the index's vocabularies, warning about what it cannot use.</summary>
internal static class OpportunityContextBuilder
{
    public static OpportunityContext Build(CatalogIndex index, OpportunityProfile opportunity)
    {
        var vocabularies = index.Vocabularies;
        var context = new OpportunityContext { Lost = opportunity.Status == OpportunityStatus.Lost };
        context.Phase = PhaseResolver.Resolve(opportunity, index.Settings, context.Warnings);
        ResolveIndustry(vocabularies[Facet.Industry], opportunity.Industry, context);
        ResolveRoles(vocabularies[Facet.BuyerRole], opportunity, context);
        context.Challenges = KnownMask(vocabularies[Facet.Challenge], opportunity.Challenges, context.Warnings, RankingMessages.UnknownChallenge);
        ResolveStage(vocabularies[Facet.SalesStage], opportunity.SalesStage, context);
        if (!string.IsNullOrWhiteSpace(opportunity.Language))
        {
            context.HasLanguage = true;
            context.LanguageFull = index.Languages.IdOf(opportunity.Language);
            context.LanguagePrimary = index.Languages.PrimaryIdOf(opportunity.Language!.Trim());
        }

        var dismissed = new List<int>();
        foreach (var id in opportunity.Dismissed)
        {
            // A dismissed id the catalogue no longer has needs no filtering.
            if (index.TryGetPosition(id, out var position))
            {
                dismissed.Add(position);
            }
        }

        context.Dismissed = dismissed.Distinct().OrderBy(position => position).ToArray();
        if (context.Lost)
        {
            context.Warnings.Add(RankingMessages.Lost);
        }

        return context;
    }

    private static void ResolveIndustry(Vocabulary industries, string? industry, OpportunityContext context)
    {
        if (string.IsNullOrWhiteSpace(industry))
        {
            context.Warnings.Add(RankingMessages.NoIndustry);
        }
        else if (industries.TryGetIndex(industry!, out var position))
        {
            context.Industry = position;
        }
        else
        {
            context.Warnings.Add(RankingMessages.UnknownIndustry(industry!.Trim(), industries.Closest(industry)));
        }
    }

    private static void ResolveRoles(Vocabulary roles, OpportunityProfile opportunity, OpportunityContext context)
    {
        var labels = opportunity.BuyerRoles.Concat(opportunity.Stakeholders.Select(person => person.Role));
        context.Roles = KnownMask(roles, labels.ToArray(), context.Warnings, RankingMessages.UnknownRole);
        foreach (var person in opportunity.Stakeholders)
        {
            if (!string.IsNullOrWhiteSpace(person.Name) && roles.TryGetIndex(person.Role, out var position))
            {
                if (!context.PeopleByRole.TryGetValue(position, out var people))
                {
                    people = new List<string>();
                    context.PeopleByRole.Add(position, people);
                }

                if (!people.Contains(person.Name.Trim()))
                {
                    people.Add(person.Name.Trim());
                }
            }
        }

        if (context.Roles == 0)
        {
            context.Warnings.Add(RankingMessages.NoKnownRoles);
        }
    }

    private static void ResolveStage(Vocabulary stages, string? stage, OpportunityContext context)
    {
        if (string.IsNullOrWhiteSpace(stage))
        {
            return;
        }

        if (stages.TryGetIndex(stage!, out var position))
        {
            context.StageBit = 1UL << position;
        }
        else
        {
            context.Warnings.Add(RankingMessages.UnknownStage(stage!.Trim(), stages.Closest(stage)));
        }
    }

    private static ulong KnownMask(Vocabulary vocabulary, IReadOnlyList<string> labels, List<string> warnings, Func<string, string, string> unknown)
    {
        var mask = 0UL;
        var reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var label in labels.Where(label => !string.IsNullOrWhiteSpace(label)))
        {
            if (vocabulary.TryGetIndex(label, out var position))
            {
                mask |= 1UL << position;
            }
            else if (reported.Add(label.Trim()))
            {
                warnings.Add(unknown(label.Trim(), vocabulary.Closest(label)));
            }
        }

        return mask;
    }
}
