namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Links rows through a relationship; typed view over
/// <see cref="OrganizationRequest.Parameters"/>.</summary>
public sealed class AssociateRequest : OrganizationRequest
{
    private const string TargetKey = "Target";
    private const string RelationshipKey = "Relationship";
    private const string RelatedEntitiesKey = "RelatedEntities";

    /// <summary>Creates an "Associate" request with nothing set yet.</summary>
    public AssociateRequest()
    {
        RequestName = "Associate";
        Target = null;
        Relationship = null;
        RelatedEntities = null;
    }

    /// <summary>The row to link from (parameter "Target").</summary>
    public EntityReference Target
    {
        get => GetParameter<EntityReference>(TargetKey);
        set => Parameters[TargetKey] = value;
    }

    /// <summary>The relationship to link through (parameter "Relationship").</summary>
    public Relationship Relationship
    {
        get => GetParameter<Relationship>(RelationshipKey);
        set => Parameters[RelationshipKey] = value;
    }

    /// <summary>The rows to link (parameter "RelatedEntities").</summary>
    public EntityReferenceCollection RelatedEntities
    {
        get => GetParameter<EntityReferenceCollection>(RelatedEntitiesKey);
        set => Parameters[RelatedEntitiesKey] = value;
    }
}
