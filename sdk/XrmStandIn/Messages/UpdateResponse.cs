namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The answer to an <see cref="UpdateRequest"/>; it carries no results.</summary>
/// <remarks>From the decompiled assembly.</remarks>
public sealed class UpdateResponse : OrganizationResponse
{
}
