namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The answer to a <see cref="RetrieveMultipleRequest"/>.</summary>
public sealed class RetrieveMultipleResponse : OrganizationResponse
{
    /// <summary>The page of rows (result "EntityCollection"); null when absent.</summary>
    public EntityCollection EntityCollection => GetResult<EntityCollection>("EntityCollection");
}
