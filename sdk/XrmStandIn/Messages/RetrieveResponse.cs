namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The answer to a <see cref="RetrieveRequest"/>.</summary>
/// <remarks>From the decompiled assembly; its internal-use Notifications result is left out.</remarks>
public sealed class RetrieveResponse : OrganizationResponse
{
    /// <summary>The row read (result "Entity"); null when absent.</summary>
    public Entity Entity => GetResult<Entity>("Entity");
}
