using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>How an ExecuteMultiple batch runs. In Microsoft.Xrm.Sdk, not .Messages.</summary>
public sealed class ExecuteMultipleSettings : IExtensibleDataObject
{
    /// <summary>Whether the batch goes on after a failed request.</summary>
    public bool ContinueOnError { get; set; }

    /// <summary>Whether responses of successful requests are returned.</summary>
    public bool ReturnResponses { get; set; }

    /// <summary>Data the serializer did not recognise, kept for round trips.</summary>
    public ExtensionDataObject ExtensionData { get; set; }
}
