namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Updates the columns present in a row; typed view over
/// <see cref="OrganizationRequest.Parameters"/>.</summary>
/// <remarks>Target, the keys and the request name from the decompiled assembly.</remarks>
public sealed class UpdateRequest : OrganizationRequest
{
    private const string TargetKey = "Target";
    private const string ConcurrencyBehaviorKey = "ConcurrencyBehavior";

    /// <summary>Creates an "Update" request with no target yet.</summary>
    public UpdateRequest()
    {
        RequestName = "Update";
        Target = null;
    }

    /// <summary>The row and the columns to change (parameter "Target").</summary>
    public Entity Target
    {
        get => GetParameter<Entity>(TargetKey);
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
