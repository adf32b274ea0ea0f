using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Reads one row; typed view over <see cref="OrganizationRequest.Parameters"/>.</summary>
public sealed class RetrieveRequest : OrganizationRequest
{
    private const string TargetKey = "Target";
    private const string ColumnSetKey = "ColumnSet";
    private const string RelatedEntitiesQueryKey = "RelatedEntitiesQuery";
    private const string ReturnNotificationsKey = "ReturnNotifications";

    /// <summary>Creates a "Retrieve" request with nothing set yet.</summary>
    public RetrieveRequest()
    {
        RequestName = "Retrieve";
        Target = null;
        ColumnSet = null;
        RelatedEntitiesQuery = null;
    }

    /// <summary>The row to read (parameter "Target").</summary>
    public EntityReference Target
    {
        get => GetParameter<EntityReference>(TargetKey);
        set => Parameters[TargetKey] = value;
    }

    /// <summary>The columns to return (parameter "ColumnSet").</summary>
    public ColumnSet ColumnSet
    {
        get => GetParameter<ColumnSet>(ColumnSetKey);
        set => Parameters[ColumnSetKey] = value;
    }

    /// <summary>Related rows to return with it (parameter "RelatedEntitiesQuery").</summary>
    public RelationshipQueryCollection RelatedEntitiesQuery
    {
        get => GetParameter<RelationshipQueryCollection>(RelatedEntitiesQueryKey);
        set => Parameters[RelatedEntitiesQueryKey] = value;
    }

    /// <summary>For internal use by the platform (parameter "ReturnNotifications").</summary>
    public bool ReturnNotifications
    {
        get => GetParameter<bool>(ReturnNotificationsKey);
        set => Parameters[ReturnNotificationsKey] = value;
    }
}
