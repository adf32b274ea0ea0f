namespace Microsoft.Xrm.Sdk.Messages;

/// <summary>Runs a batch of requests; typed view over <see cref="OrganizationRequest.Parameters"/>.</summary>
public sealed class ExecuteMultipleRequest : OrganizationRequest
{
    private const string RequestsKey = "Requests";
    private const string SettingsKey = "Settings";

    /// <summary>Creates an "ExecuteMultiple" request with no batch or settings yet.</summary>
    public ExecuteMultipleRequest()
    {
        RequestName = "ExecuteMultiple";
        Requests = null;
        Settings = null;
    }

    /// <summary>The requests, in order (parameter "Requests").</summary>
    public OrganizationRequestCollection Requests
    {
        get => GetParameter<OrganizationRequestCollection>(RequestsKey);
        set => Parameters[RequestsKey] = value;
    }

    /// <summary>How the batch runs (parameter "Settings").</summary>
    public ExecuteMultipleSettings Settings
    {
        get => GetParameter<ExecuteMultipleSettings>(SettingsKey);
        set => Parameters[SettingsKey] = value;
    }
}
