using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The outcome of one request of an ExecuteMultiple batch. In Microsoft.Xrm.Sdk, not .Messages.</summary>
public sealed class ExecuteMultipleResponseItem : IExtensibleDataObject
{
    /// <summary>The position of the request in the batch.</summary>
    public int RequestIndex { get; set; }

    /// <summary>The response, when the request succeeded and responses were asked for.</summary>
    public OrganizationResponse Response { get; set; }

    /// <summary>The fault, when the request failed.</summary>
    public OrganizationServiceFault Fault { get; set; }

    /// <summary>Data the serializer did not recognise, kept for round trips.</summary>
    public ExtensionDataObject ExtensionData { get; set; }
}
