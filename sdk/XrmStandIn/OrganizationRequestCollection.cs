namespace Microsoft.Xrm.Sdk;

/// <summary>The requests of an ExecuteMultiple batch, in order.</summary>
public sealed class OrganizationRequestCollection : DataCollection<OrganizationRequest>
{
}
