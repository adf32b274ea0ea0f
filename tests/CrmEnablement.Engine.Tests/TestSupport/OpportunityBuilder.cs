using System.Linq;
using CrmEnablement.Engine.Model;

namespace CrmEnablement.Engine.Tests.TestSupport;

/// <summary>
/// Builds an <see cref="OpportunityProfile"/>: by default an open Insurance deal in the Develop
/// stage (so the Buying phase) with an Economic Buyer and no challenges or language.
/// </summary>
internal sealed class OpportunityBuilder
{
    private OpportunityProfile _deal;

    private OpportunityBuilder(string id)
    {
        _deal = new OpportunityProfile
        {
            Id = id,
            Name = "Deal " + id,
            Industry = "Insurance",
            SalesStage = "Develop",
            BuyerRoles = new[] { "Economic Buyer" },
        };
    }

    public static OpportunityBuilder Deal(string id = "O1") => new(id);

    public static implicit operator OpportunityProfile(OpportunityBuilder builder) => builder.Build();

    public OpportunityBuilder Industry(string? label) => Set(_deal with { Industry = label });

    public OpportunityBuilder Stage(string? label) => Set(_deal with { SalesStage = label });

    public OpportunityBuilder Phase(string? label) => Set(_deal with { Phase = label });

    public OpportunityBuilder Won() => Set(_deal with { Status = OpportunityStatus.Won });

    public OpportunityBuilder Lost() => Set(_deal with { Status = OpportunityStatus.Lost });

    public OpportunityBuilder Roles(params string[] labels) => Set(_deal with { BuyerRoles = labels });

    public OpportunityBuilder Stakeholder(string name, string role) =>
        Set(_deal with { Stakeholders = _deal.Stakeholders.Append(new Stakeholder(name, role)).ToArray() });

    public OpportunityBuilder Challenges(params string[] labels) => Set(_deal with { Challenges = labels });

    public OpportunityBuilder Language(string? code) => Set(_deal with { Language = code });

    public OpportunityBuilder Dismiss(params string[] ids) => Set(_deal with { Dismissed = ids });

    public OpportunityProfile Build() => _deal;

    private OpportunityBuilder Set(OpportunityProfile deal)
    {
        _deal = deal;
        return this;
    }
}
