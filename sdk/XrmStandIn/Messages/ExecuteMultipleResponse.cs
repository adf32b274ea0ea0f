namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The answer to an <see cref="ExecuteMultipleRequest"/>.</summary>
public sealed class ExecuteMultipleResponse : OrganizationResponse
{
    /// <summary>Whether any request failed (result "IsFaulted"); false when absent.</summary>
    public bool IsFaulted => GetResult<bool>("IsFaulted");

    /// <summary>The per-request outcomes (result "Responses"); null when absent.</summary>
    public ExecuteMultipleResponseItemCollection Responses => GetResult<ExecuteMultipleResponseItemCollection>("Responses");
}
