namespace CrmEnablement.Engine.Vocabularies;

/// <summary>The tag sets that content and opportunities are described with.</summary>
public enum Facet
{
    Industry,
    BuyerRole,
    Phase,
    SalesStage,
    Challenge,
    Kind,
    Audience,
    Medium,
    Status,
}
