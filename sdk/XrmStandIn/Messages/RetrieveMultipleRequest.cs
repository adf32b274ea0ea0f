using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Runs a query; typed view over <see cref="OrganizationRequest.Parameters"/>.</summary>
/// <remarks>Members, key and request name from the decompiled assembly.</remarks>
public sealed class RetrieveMultipleRequest : OrganizationRequest
{
    private const string QueryKey = "Query";

    /// <summary>Creates a "RetrieveMultiple" request with no query yet.</summary>
    public RetrieveMultipleRequest()
    {
        RequestName = "RetrieveMultiple";
        Query = null;
    }

    /// <summary>The query to run (parameter "Query").</summary>
    public QueryBase Query
    {
        get => GetParameter<QueryBase>(QueryKey);
        set => Parameters[QueryKey] = value;
    }
}
