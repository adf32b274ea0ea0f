namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Creates or updates a row found by id or alternate key; typed view over
/// <see cref="OrganizationRequest.Parameters"/>.</summary>
/// <remarks>Members, key and request name from the decompiled assembly.</remarks>
public sealed class UpsertRequest : OrganizationRequest
{
    private const string TargetKey = "Target";

    /// <summary>Creates an "Upsert" request with no target yet.</summary>
    public UpsertRequest()
    {
        RequestName = "Upsert";
        Target = null;
    }

    /// <summary>The row to create or update (parameter "Target").</summary>
    public Entity Target
    {
        get => GetParameter<Entity>(TargetKey);
        set => Parameters[TargetKey] = value;
    }
}
