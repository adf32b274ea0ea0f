using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Settings;
using CrmEnablement.Engine.Vocabularies;
using CrmEnablement.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Cli.Sandbox;

/// <summary>
/// Turns the opportunities file into the rows a Dynamics 365 organization holds for those deals:
/// an account per customer (its <c>industrycode</c> found through the settings' industry code map),
/// stakeholders as contacts connected to the deal in a Stakeholder-category connection role named by
/// their role (each connection with its reciprocal, as Dataverse stores it), labels as option values, and "not for this deal" as Dismissed suggestion rows.
/// Labels that cannot be stored are reported as warnings, as the ranker would.
/// </summary>
internal sealed class DealRows
{
    /// <summary>The out-of-the-box <c>salesstage</c> choice labels, by value 0–3.</summary>
    public static readonly IReadOnlyList<string> SalesStages = new[] { "Qualify", "Develop", "Propose", "Close" };

    private const string NameSeparator = " – ";

    private readonly EngineSettings _settings;
    private readonly Func<Guid> _newId;
    private readonly IReadOnlyDictionary<string, Guid> _contentIds;
    private readonly Dictionary<string, Entity> _accounts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Entity> _roles = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _warnings = new();

    /// <param name="settings">The vocabularies and industry code map.</param>
    /// <param name="newId">Where row ids come from.</param>
    /// <param name="contentIds">Content row ids by catalogue id, for dismissals.</param>
    public DealRows(EngineSettings settings, Func<Guid> newId, IReadOnlyDictionary<string, Guid> contentIds)
    {
        _settings = settings;
        _newId = newId;
        _contentIds = contentIds;
    }

    /// <summary>Accounts and connection roles the deals share; seed them before the deals.</summary>
    public IEnumerable<Entity> Shared => _accounts.Values.Concat(_roles.Values);

    /// <summary>What could not be stored as given.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>The rows of one deal.</summary>
    public SandboxDeal Build(OpportunityProfile deal)
    {
        var vocabularies = _settings.Vocabularies;
        var id = _newId();
        var opportunity = new Entity(OpportunitySchema.Table, id) { [OpportunitySchema.Name] = deal.Name.Length > 0 ? deal.Name : deal.Id };
        var account = Account(deal);
        opportunity[OpportunitySchema.ParentAccount] = account;
        opportunity[OpportunitySchema.Customer] = account;
        if (deal.SalesStage is { } stage)
        {
            var index = StageValue(stage);
            if (index is { } value)
            {
                opportunity[OpportunitySchema.SalesStage] = new OptionSetValue(value);
            }
            else
            {
                Warn(CliMessages.SandboxUnknownStage(deal.Id, stage));
            }
        }

        if (deal.Phase is { } phase)
        {
            var option = OptionLabels.Option(vocabularies[Facet.Phase], phase);
            if (option is null)
            {
                Warn(CliMessages.SandboxUnknownPhase(deal.Id, phase));
            }
            else
            {
                opportunity[OpportunitySchema.JourneyPhase] = option;
            }
        }

        if (deal.Language is { Length: > 0 } language)
        {
            opportunity[OpportunitySchema.Language] = language;
        }

        SetOptions(opportunity, OpportunitySchema.BuyerRoles, vocabularies[Facet.BuyerRole], deal.BuyerRoles, deal, "buyer role");
        SetOptions(opportunity, OpportunitySchema.Challenges, vocabularies[Facet.Challenge], deal.Challenges, deal, "challenge");
        if (deal.Status != OpportunityStatus.Open)
        {
            // As the platform leaves a closed deal: Won 1/3 (Won), Lost 2/4 (Canceled).
            var won = deal.Status == OpportunityStatus.Won;
            opportunity[OpportunitySchema.StateCode] = new OptionSetValue(won ? OpportunitySchema.WonState : OpportunitySchema.LostState);
            opportunity[OpportunitySchema.StatusCode] = new OptionSetValue(won ? 3 : 4);
        }

        var related = new List<Entity>();
        foreach (var person in deal.Stakeholders)
        {
            related.AddRange(Stakeholder(id, person));
        }

        foreach (var contentId in deal.Dismissed.Distinct(StringComparer.Ordinal))
        {
            if (_contentIds.TryGetValue(contentId, out var contentRow))
            {
                related.Add(new Entity(SuggestionSchema.Table, _newId())
                {
                    [SuggestionSchema.Name] = contentId,
                    [SuggestionSchema.Opportunity] = new EntityReference(OpportunitySchema.Table, id),
                    [SuggestionSchema.Content] = new EntityReference(ContentSchema.Table, contentRow),
                    [SuggestionSchema.Status] = new OptionSetValue((int)SuggestionStatus.Dismissed),
                });
            }
            else
            {
                Warn(CliMessages.SandboxUnknownDismissed(deal.Id, contentId));
            }
        }

        return new SandboxDeal(deal.Id, opportunity, related);
    }

    /// <summary>The <c>salesstage</c> value of a stage label, or null.</summary>
    public static int? StageValue(string label)
    {
        for (var index = 0; index < SalesStages.Count; index++)
        {
            if (string.Equals(SalesStages[index], label.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return index;
            }
        }

        return null;
    }

    private EntityReference Account(OpportunityProfile deal)
    {
        // "Northwind Mutual – Claims Platform Renewal" is a deal with the customer Northwind Mutual.
        var name = deal.Name.Contains(NameSeparator, StringComparison.Ordinal) ? deal.Name.Substring(0, deal.Name.IndexOf(NameSeparator, StringComparison.Ordinal)) : deal.Name;
        name = name.Length > 0 ? name : "Customer of " + deal.Id;
        var code = IndustryCode(deal);
        var key = name + "|" + code;
        if (!_accounts.TryGetValue(key, out var account))
        {
            account = new Entity(RelatedSchema.Account, _newId()) { ["name"] = name };
            if (code is { } value)
            {
                account[RelatedSchema.IndustryCode] = new OptionSetValue(value);
            }

            _accounts.Add(key, account);
        }

        return account.ToEntityReference();
    }

    private int? IndustryCode(OpportunityProfile deal)
    {
        if (deal.Industry is not { } industry)
        {
            return null;
        }

        var label = _settings.Vocabularies[Facet.Industry].TryGetTerm(industry, out var term) ? term.Label : industry;
        foreach (var pair in _settings.IndustryCodeMap.OrderBy(pair => pair.Key))
        {
            if (string.Equals(pair.Value, label, StringComparison.OrdinalIgnoreCase))
            {
                return pair.Key;
            }
        }

        Warn(CliMessages.SandboxUnmappedIndustry(deal.Id, industry));
        return null;
    }

    private IEnumerable<Entity> Stakeholder(Guid opportunityId, Stakeholder person)
    {
        var roleName = _settings.Vocabularies[Facet.BuyerRole].TryGetTerm(person.Role, out var term) ? term.Label : person.Role;
        if (!_roles.TryGetValue(roleName, out var role))
        {
            role = new Entity(RelatedSchema.ConnectionRole, _newId())
            {
                [RelatedSchema.RoleName] = roleName,
                [RelatedSchema.RoleCategory] = new OptionSetValue(RelatedSchema.StakeholderCategory),
            };
            _roles.Add(roleName, role);
        }

        var contact = new Entity(RelatedSchema.Contact, _newId()) { [RelatedSchema.FullName] = person.Name };
        yield return contact;
        // Seeding bypasses the pipeline, so both rows are written as Dataverse keeps a connection: the one
        // made on the deal and its reciprocal from the contact, linked to each other. The deal reads only
        // rows whose record1 is the deal, so the person is still counted once.
        var fromDeal = new Entity(RelatedSchema.Connection, _newId())
        {
            [RelatedSchema.Record1] = new EntityReference(OpportunitySchema.Table, opportunityId),
            [RelatedSchema.Record2] = contact.ToEntityReference(),
            [RelatedSchema.Record2Role] = role.ToEntityReference(),
            [RelatedSchema.IsMaster] = true,
        };
        var fromContact = new Entity(RelatedSchema.Connection, _newId())
        {
            [RelatedSchema.Record1] = contact.ToEntityReference(),
            [RelatedSchema.Record1Role] = role.ToEntityReference(),
            [RelatedSchema.Record2] = new EntityReference(OpportunitySchema.Table, opportunityId),
            [RelatedSchema.RelatedConnection] = fromDeal.ToEntityReference(),
            [RelatedSchema.IsMaster] = false,
        };
        fromDeal[RelatedSchema.RelatedConnection] = fromContact.ToEntityReference();
        yield return fromDeal;
        yield return fromContact;
    }

    private void SetOptions(Entity row, string column, Vocabulary vocabulary, IReadOnlyList<string> labels, OpportunityProfile deal, string what)
    {
        foreach (var unknown in labels.Where(label => !vocabulary.TryGetTerm(label, out _)))
        {
            Warn(CliMessages.SandboxUnknownLabel(deal.Id, what, unknown));
        }

        var options = OptionLabels.Options(vocabulary, labels);
        if (options.Count > 0)
        {
            row[column] = options;
        }
    }

    private void Warn(string message) => _warnings.Add(message);
}
