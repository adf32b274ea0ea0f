namespace CrmEnablement.Engine.Ranking;

/// <summary>What a reason is about. Serialized in camel case ("buyerRole").</summary>
public enum ReasonFacet
{
    Industry,
    BuyerRole,
    Phase,
    SalesStage,
    Challenge,
    Pinned,
    Feedback,
    Freshness,
    Training,
}
