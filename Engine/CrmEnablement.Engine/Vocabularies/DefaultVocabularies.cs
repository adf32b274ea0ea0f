using System.Collections.Generic;
using System.Linq;

namespace CrmEnablement.Engine.Vocabularies;

/// <summary>
/// The vocabularies of ARCHITECTURE.md §5. Option values sit in the <c>cen</c> publisher's range
/// (<see cref="OptionValuePrefix"/> × 10000 + position) and never change meaning once shipped.
/// </summary>
public static class DefaultVocabularies
{
    /// <summary>The publisher's option value prefix.</summary>
    public const int OptionValuePrefix = 10372;

    /// <summary>The first option value of every global choice of the solution.</summary>
    public const int FirstOptionValue = OptionValuePrefix * 10000;

    /// <summary>The 33 labels of Dataverse's <c>account.industrycode</c>, in their option-value order.</summary>
    public static readonly IReadOnlyList<string> Industries = new[]
    {
        "Accounting",
        "Agriculture and Non-petrol Natural Resource Extraction",
        "Broadcasting Printing and Publishing",
        "Brokers",
        "Building Supply Retail",
        "Business Services",
        "Consulting",
        "Consumer Services",
        "Design, Direction and Creative Management",
        "Distributors, Dispatchers and Processors",
        "Doctor's Offices and Clinics",
        "Durable Manufacturing",
        "Eating and Drinking Places",
        "Entertainment Retail",
        "Equipment Rental and Leasing",
        "Financial",
        "Food and Tobacco Processing",
        "Inbound Capital Intensive Processing",
        "Inbound Repair and Services",
        "Insurance",
        "Legal Services",
        "Non-Durable Merchandise Retail",
        "Outbound Consumer Service",
        "Petrochemical Extraction and Distribution",
        "Service Retail",
        "SIG Affiliations",
        "Social Services",
        "Special Outbound Trade Contractors",
        "Specialty Realty",
        "Transportation",
        "Utility Creation and Distribution",
        "Vehicle Retail",
        "Wholesale",
    };

    /// <summary>Default buyer roles.</summary>
    public static readonly IReadOnlyList<string> BuyerRoles = new[]
    {
        "Economic Buyer", "Decision Maker", "Technical Buyer", "Champion", "Influencer",
        "End User", "Executive Sponsor", "Procurement", "Project Lead",
    };

    /// <summary>The customer-journey phases, in journey order.</summary>
    public static readonly IReadOnlyList<string> Phases = new[] { "Awareness", "Buying", "Implementation & Adoption" };

    /// <summary>The opportunity sales stages (the <c>salesstage</c> choice labels).</summary>
    public static readonly IReadOnlyList<string> SalesStages = new[] { "Qualify", "Develop", "Propose", "Close" };

    /// <summary>Default customer challenges.</summary>
    public static readonly IReadOnlyList<string> Challenges = new[]
    {
        "Efficiency", "Growth", "Transformation", "Effectiveness", "Risk & Compliance", "Cost Reduction",
    };

    /// <summary>Default content kinds.</summary>
    public static readonly IReadOnlyList<string> Kinds = new[]
    {
        "Case Study", "Success Story", "Insight", "Value Message", "Discovery Guide", "Business Case Template",
        "ROI Model", "Competitive Battlecard", "Solution Brief", "Proposal Template", "Demo Script", "Call Script",
        "Implementation Plan", "Adoption Guide", "Value Realization Report", "Executive Briefing", "Training Module",
        "Playbook", "Win/Loss Analysis",
    };

    /// <summary>Default media.</summary>
    public static readonly IReadOnlyList<string> Media = new[]
    {
        "Document", "Presentation", "Video", "Audio", "Web Page", "E-learning", "Classroom",
    };

    /// <summary>Builds a vocabulary whose values follow the publisher's numbering.</summary>
    public static Vocabulary Numbered(Facet facet, IEnumerable<string> labels) =>
        new(facet, labels.Select((label, index) => new VocabularyTerm(label, FirstOptionValue + index)));

    /// <summary>The content status vocabulary; fixed, because ranking depends on its meaning.</summary>
    public static Vocabulary Statuses() => new(Facet.Status, new[]
    {
        new VocabularyTerm(ContentStatusLabels.Draft, 1),
        new VocabularyTerm(ContentStatusLabels.Published, FirstOptionValue),
        new VocabularyTerm(ContentStatusLabels.Retired, 2),
    });

    /// <summary>The audience vocabulary; fixed, because the internal cap depends on its meaning.</summary>
    public static Vocabulary Audiences() => new(Facet.Audience, new[]
    {
        new VocabularyTerm(AudienceLabels.ClientFacing, FirstOptionValue, new[] { "Client facing", "Customer-facing", "External" }),
        new VocabularyTerm(AudienceLabels.Internal, FirstOptionValue + 1),
    });
}
