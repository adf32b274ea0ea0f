using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>What the service reports about a failed call; the base of
/// <see cref="OrganizationServiceFault"/>.</summary>
[Serializable]
public abstract class BaseServiceFault : IExtensibleDataObject
{
    private ErrorDetailCollection _errorDetails;

    // Not serializable itself, so binary serialization must skip it.
    [NonSerialized]
    private ExtensionDataObject _extensionData;

    /// <summary>Creates an empty fault.</summary>
    protected BaseServiceFault()
    {
    }

    /// <summary>The id of the server activity that failed, for support.</summary>
    public Guid ActivityId { get; set; }

    /// <summary>The platform error code, e.g. -2147220891.</summary>
    public int ErrorCode { get; set; }

    /// <summary>Extra named details (created on first use).</summary>
    public ErrorDetailCollection ErrorDetails
    {
        get => _errorDetails ??= new ErrorDetailCollection();
        set => _errorDetails = value;
    }

    /// <summary>A link to help about the error.</summary>
    public string HelpLink { get; set; }

    /// <summary>The error message.</summary>
    public string Message { get; set; }

    /// <summary>When the error happened.</summary>
    public DateTime Timestamp { get; set; }

    /// <summary>Data the serializer did not recognise, kept for round trips.</summary>
    public ExtensionDataObject ExtensionData
    {
        get => _extensionData;
        set => _extensionData = value;
    }
}
