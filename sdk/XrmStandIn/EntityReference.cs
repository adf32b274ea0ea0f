using System;
using System.Linq;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Points at a row by table and id, or by alternate key.</summary>
/// <remarks>Two references are equal when table (ordinal), id and key values match; the display
/// <see cref="Name"/> and <see cref="RowVersion"/> do not take part.</remarks>
[Serializable]
public sealed class EntityReference : IExtensibleDataObject
{
    private KeyAttributeCollection _keyAttributes;

    // Not serializable itself, so binary serialization must skip it.
    [NonSerialized]
    private ExtensionDataObject _extensionData;

    /// <summary>Creates an empty reference.</summary>
    public EntityReference()
    {
    }

    /// <summary>Creates a reference to a row of <paramref name="logicalName"/>, id not yet known.</summary>
    public EntityReference(string logicalName)
    {
        LogicalName = logicalName;
    }

    /// <summary>Creates a reference to a row by table and id.</summary>
    public EntityReference(string logicalName, Guid id)
    {
        LogicalName = logicalName;
        Id = id;
    }

    /// <summary>Creates a reference to a row by alternate key.</summary>
    public EntityReference(string logicalName, KeyAttributeCollection keyAttributeCollection)
    {
        LogicalName = logicalName;
        _keyAttributes = keyAttributeCollection;
    }

    /// <summary>Creates a reference to a row by a one-column alternate key.</summary>
    public EntityReference(string logicalName, string keyName, object keyValue)
    {
        LogicalName = logicalName;
        KeyAttributes.Add(keyName, keyValue);
    }

    /// <summary>The row id.</summary>
    public Guid Id { get; set; }

    /// <summary>The table's logical name.</summary>
    public string LogicalName { get; set; }

    /// <summary>The row's primary name, as returned by the server; display only.</summary>
    public string Name { get; set; }

    /// <summary>The alternate key that identifies the row, if any (created on first use).</summary>
    public KeyAttributeCollection KeyAttributes
    {
        get => _keyAttributes ??= new KeyAttributeCollection();
        set => _keyAttributes = value;
    }

    /// <summary>The row version, for optimistic concurrency.</summary>
    public string RowVersion { get; set; }

    /// <summary>Data the serializer did not recognise, kept for round trips.</summary>
    public ExtensionDataObject ExtensionData
    {
        get => _extensionData;
        set => _extensionData = value;
    }

    /// <summary>Equal when table, id and key values match.</summary>
    public override bool Equals(object obj)
    {
        if (obj is not EntityReference other)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return Id == other.Id
            && string.Equals(LogicalName, other.LogicalName, StringComparison.Ordinal)
            && KeyAttributes.Count == other.KeyAttributes.Count
            && KeyAttributes.All(other.KeyAttributes.Contains);
    }

    /// <summary>A hash over table, id and key values, consistent with <see cref="Equals"/>.</summary>
    public override int GetHashCode()
    {
        var hash = (LogicalName?.GetHashCode() ?? 0) ^ Id.GetHashCode();

        // XOR keeps the hash independent of the order the key columns were added in.
        foreach (var key in KeyAttributes)
        {
            hash ^= (key.Key?.GetHashCode() ?? 0) ^ (key.Value?.GetHashCode() ?? 0);
        }

        return hash;
    }
}
