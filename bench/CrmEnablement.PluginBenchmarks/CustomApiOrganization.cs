using System;
using System.Linq;
using CrmEnablement.Engine.Vocabularies;
using CrmEnablement.LocalSolution;
using CrmEnablement.Plugins.Dataverse;
using CrmEnablement.Plugins.Infrastructure;
using CrmEnablement.Plugins.Steps;
using LocalOrg;
using LocalOrg.Time;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.PluginBenchmarks;

/// <summary>A LocalOrg organization with the solution installed, a seeded catalogue and one deal.</summary>
public sealed class CustomApiOrganization
{
    private static readonly string[] Phases = DefaultVocabularies.Phases.ToArray();
    private static readonly string[] Roles = DefaultVocabularies.BuyerRoles.ToArray();
    private static readonly string[] Kinds = DefaultVocabularies.Kinds.ToArray();

    public CustomApiOrganization(int items)
    {
        Local = new LocalOrganization(new LocalOrganizationOptions { Clock = new ManualClock(new DateTime(2026, 11, 26, 9, 0, 0, DateTimeKind.Utc)) });
        LocalSolutionInstaller.Install(Local);
        var vocabularies = VocabularySet.Default;
        var random = new Random(42);
        for (var i = 0; i < items; i++)
        {
            var row = new Entity(ContentSchema.Table)
            {
                [ContentSchema.ExternalId] = $"CNT-{i:D6}",
                [ContentSchema.Name] = $"Content {i}",
                [ContentSchema.Url] = $"https://enablement.example/{i}",
                [ContentSchema.Kind] = OptionLabels.Option(vocabularies[Facet.Kind], Kinds[random.Next(Kinds.Length)]),
                [ContentSchema.Audience] = OptionLabels.Option(vocabularies[Facet.Audience], random.Next(10) == 0 ? AudienceLabels.Internal : AudienceLabels.ClientFacing),
                [ContentSchema.StatusCode] = OptionLabels.Option(vocabularies[Facet.Status], ContentStatusLabels.Published),
                [ContentSchema.JourneyPhases] = OptionLabels.Options(vocabularies[Facet.Phase], new[] { Phases[random.Next(Phases.Length)] }),
                [ContentSchema.BuyerRoles] = OptionLabels.Options(vocabularies[Facet.BuyerRole], new[] { Roles[random.Next(Roles.Length)] }),
                [ContentSchema.Industries] = OptionLabels.Options(vocabularies[Facet.Industry], random.Next(2) == 0 ? Array.Empty<string>() : new[] { "Insurance" }),
            };
            Local.Seed(row);
        }

        var account = Local.Seed(new Entity(RelatedSchema.Account) { [RelatedSchema.IndustryCode] = new OptionSetValue(20) }).Single();
        Opportunity = Local.Seed(new Entity(OpportunitySchema.Table)
        {
            [OpportunitySchema.SalesStage] = new OptionSetValue(1),
            [OpportunitySchema.ParentAccount] = new EntityReference(RelatedSchema.Account, account),
            [OpportunitySchema.BuyerRoles] = OptionLabels.Options(vocabularies[Facet.BuyerRole], new[] { "Economic Buyer", "Champion" }),
        }).Single();
    }

    private int _reps;

    public LocalOrganization Local { get; }

    public Guid Opportunity { get; }

    /// <summary>One call of the Custom API, as the form makes it.</summary>
    public string Call() =>
        (string)Local.Service.Execute(new OrganizationRequest(MessageNames.GetContentSuggestions)
        {
            [GetContentSuggestionsPlugin.OpportunityIdParameter] = Opportunity,
        }).Results[GetContentSuggestionsPlugin.SuggestionsJsonProperty];

    /// <summary>One call as a rep who has not called before (Enablement User): the catalogue may be warm, their readable set is not.</summary>
    public string CallAsNewRep()
    {
        var rep = Local.AddUser("Rep " + ++_reps, EnablementUserRole.Create());
        return (string)Local.CreateService(rep).Execute(new OrganizationRequest(MessageNames.GetContentSuggestions)
        {
            [GetContentSuggestionsPlugin.OpportunityIdParameter] = Opportunity,
        }).Results[GetContentSuggestionsPlugin.SuggestionsJsonProperty];
    }

    /// <summary>The organization-service calls the plugin made in its last run.</summary>
    public int LastPluginCalls() => Local.Executions.Last().ServiceCalls.Count;
}
