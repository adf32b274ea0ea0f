using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk;

/// <summary>Queries for related rows to return with a Retrieve, keyed by relationship.</summary>
/// <remarks>Its existence and base class are on Learn (CRM 2015 hierarchy); the generic
/// arguments and sealedness come from the decompiled assembly.</remarks>
public sealed class RelationshipQueryCollection : DataCollection<Relationship, QueryBase>
{
}
