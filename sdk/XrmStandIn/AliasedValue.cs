using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A value from a linked table or an aggregate, returned under an alias.</summary>
/// <remarks>Read-only from outside the SDK, as in the real one.</remarks>
public sealed class AliasedValue : IExtensibleDataObject
{
    /// <summary>Creates an empty value.</summary>
    public AliasedValue()
    {
    }

    /// <summary>Creates a value of column <paramref name="attributeLogicalName"/> of
    /// table <paramref name="entityLogicalName"/> (note: table first).</summary>
    public AliasedValue(string entityLogicalName, string attributeLogicalName, object value)
    {
        EntityLogicalName = entityLogicalName;
        AttributeLogicalName = attributeLogicalName;
        Value = value;
    }

    /// <summary>The column the value came from.</summary>
    public string AttributeLogicalName { get; internal set; }

    /// <summary>The table the value came from.</summary>
    public string EntityLogicalName { get; internal set; }

    /// <summary>The value itself.</summary>
    public object Value { get; internal set; }

    /// <summary>Data the serializer did not recognise, kept for round trips.</summary>
    public ExtensionDataObject ExtensionData { get; set; }
}
