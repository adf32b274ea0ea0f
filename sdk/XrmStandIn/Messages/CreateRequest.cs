namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Creates a row; typed view over <see cref="OrganizationRequest.Parameters"/>.</summary>
/// <remarks>Members, parameter key and request name from the decompiled assembly.</remarks>
public sealed class CreateRequest : OrganizationRequest
{
    private const string TargetKey = "Target";

    /// <summary>Creates a "Create" request with no target yet.</summary>
    public CreateRequest()
    {
        RequestName = "Create";
        Target = null;
    }

    /// <summary>The row to create (parameter "Target").</summary>
    public Entity Target
    {
        get => GetParameter<Entity>(TargetKey);
        set => Parameters[TargetKey] = value;
    }
}
