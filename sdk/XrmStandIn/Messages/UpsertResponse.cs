namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The answer to an <see cref="UpsertRequest"/>.</summary>
public sealed class UpsertResponse : OrganizationResponse
{
    /// <summary>Whether a new row was created (result "RecordCreated"); false when absent.</summary>
    public bool RecordCreated => GetResult<bool>("RecordCreated");

    /// <summary>The row created or updated (result "Target"); null when absent.</summary>
    public EntityReference Target => GetResult<EntityReference>("Target");
}
