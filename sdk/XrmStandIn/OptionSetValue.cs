using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The value of a choice (option set) column; equal when <see cref="Value"/> is.</summary>
public sealed class OptionSetValue : IExtensibleDataObject
{
    /// <summary>Creates a choice value of 0.</summary>
    public OptionSetValue()
    {
    }

    /// <summary>Creates a choice value.</summary>
    public OptionSetValue(int value)
    {
        Value = value;
    }

    /// <summary>The option's number.</summary>
    public int Value { get; set; }

    /// <summary>Data the serializer did not recognise, kept for round trips.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Equal when the other is a choice value with the same number.</summary>
    public override bool Equals(object obj) => obj is OptionSetValue other && other.Value == Value;

    /// <summary>The number's hash.</summary>
    public override int GetHashCode() => Value.GetHashCode();
}
