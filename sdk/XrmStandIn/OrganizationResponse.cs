using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The answer to an <see cref="OrganizationRequest"/>: a name and named results. The
/// typed responses in Microsoft.Xrm.Sdk.Messages read <see cref="Results"/>.</summary>
public class OrganizationResponse : IExtensibleDataObject
{
    private ParameterCollection _results;

    /// <summary>The message name the response answers.</summary>
    public string ResponseName { get; set; }

    /// <summary>The named results (created on first use). A service (or a test double) fills
    /// them; the typed responses' properties are get-only views over them.</summary>
    public ParameterCollection Results
    {
        get => _results ??= new ParameterCollection();
        set => _results = value;
    }

    /// <summary>A result's value.</summary>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">Reading an absent result.</exception>
    public object this[string parameterName]
    {
        get => Results[parameterName];
        set => Results[parameterName] = value;
    }

    /// <summary>Data the serializer did not recognise, kept for round trips.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>A result as <typeparamref name="T"/>, default when absent or null; used by the
    /// typed responses' getters.</summary>
    /// <remarks>Binds to <see cref="ParameterCollection.TryGetValue{T}"/> (T = object), which is
    /// false for a null value.</remarks>
    internal T GetResult<T>(string key) =>
        Results.TryGetValue(key, out object value) ? (T)value : default;
}
