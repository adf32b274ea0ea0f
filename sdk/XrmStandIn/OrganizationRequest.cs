using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A message sent through <see cref="IOrganizationService.Execute"/>: a name and
/// named parameters. The typed requests in Microsoft.Xrm.Sdk.Messages wrap <see cref="Parameters"/>.</summary>
public class OrganizationRequest : IExtensibleDataObject
{
    private ParameterCollection _parameters;

    /// <summary>Creates a request with no name yet.</summary>
    public OrganizationRequest()
    {
    }

    /// <summary>Creates a request for the message <paramref name="requestName"/>.</summary>
    public OrganizationRequest(string requestName)
    {
        RequestName = requestName;
    }

    /// <summary>The message name, e.g. "Create" or a Custom API's unique name.</summary>
    public string RequestName { get; set; }

    /// <summary>The named parameters (created on first use).</summary>
    public ParameterCollection Parameters
    {
        get => _parameters ??= new ParameterCollection();
        set => _parameters = value;
    }

    /// <summary>An id the caller may give the request.</summary>
    public Guid? RequestId { get; set; }

    /// <summary>A parameter's value.</summary>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">Reading an absent parameter.</exception>
    public object this[string parameterName]
    {
        get => Parameters[parameterName];
        set => Parameters[parameterName] = value;
    }

    /// <summary>Data the serializer did not recognise, kept for round trips.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>A parameter as <typeparamref name="T"/>, default when absent or null; used by the
    /// typed requests' getters.</summary>
    /// <remarks>Binds to <see cref="ParameterCollection.TryGetValue{T}"/> (T = object), which is
    /// false for a null value.</remarks>
    internal T GetParameter<T>(string key) =>
        Parameters.TryGetValue(key, out object value) ? (T)value : default;
}
