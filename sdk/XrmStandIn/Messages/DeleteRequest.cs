namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Deletes a row; typed view over <see cref="OrganizationRequest.Parameters"/>.</summary>
/// <remarks>Target, the keys and the request name from the decompiled assembly.</remarks>
public sealed class DeleteRequest : OrganizationRequest
{
    private const string TargetKey = "Target";
    private const string ConcurrencyBehaviorKey = "ConcurrencyBehavior";

    /// <summary>Creates a "Delete" request with no target yet.</summary>
    public DeleteRequest()
    {
        RequestName = "Delete";
        Target = null;
    }

    /// <summary>The row to delete (parameter "Target").</summary>
    public EntityReference Target
    {
        get => GetParameter<EntityReference>(TargetKey);
        set => Parameters[TargetKey] = value;
    }

    /// <summary>Whether the row version is checked (parameter "ConcurrencyBehavior");
    /// <see cref="Sdk.ConcurrencyBehavior.Default"/> when absent.</summary>
    public ConcurrencyBehavior ConcurrencyBehavior
    {
        get => GetParameter<ConcurrencyBehavior>(ConcurrencyBehaviorKey);
        set => Parameters[ConcurrencyBehaviorKey] = value;
    }
}
