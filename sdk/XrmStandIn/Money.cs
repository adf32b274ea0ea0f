using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The value of a currency column; equal when <see cref="Value"/> is.</summary>
public sealed class Money : IExtensibleDataObject
{
    /// <summary>Creates an amount of 0.</summary>
    public Money()
    {
    }

    /// <summary>Creates an amount.</summary>
    public Money(decimal value)
    {
        Value = value;
    }

    /// <summary>The amount, in the row's currency.</summary>
    public decimal Value { get; set; }

    /// <summary>Data the serializer did not recognise, kept for round trips.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Equal when the other is an amount with the same value.</summary>
    public override bool Equals(object obj) => obj is Money other && other.Value == Value;

    /// <summary>The amount's hash.</summary>
    public override int GetHashCode() => Value.GetHashCode();
}
