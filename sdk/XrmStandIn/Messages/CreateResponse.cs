using System;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>The answer to a <see cref="CreateRequest"/>.</summary>
public sealed class CreateResponse : OrganizationResponse
{
    /// <summary>The new row's id (result "id"); <see cref="Guid.Empty"/> when absent.</summary>
    /// <remarks>Lowercase, as in the real SDK: callers must write exactly <c>id</c>.</remarks>
    public Guid id => GetResult<Guid>("id");
}
