namespace Microsoft.Xrm.Sdk;

/// <summary>The per-request results of an ExecuteMultiple batch.</summary>
/// <remarks>From the decompiled assembly (it is the type of ExecuteMultipleResponse.Responses).</remarks>
public sealed class ExecuteMultipleResponseItemCollection : DataCollection<ExecuteMultipleResponseItem>
{
}
