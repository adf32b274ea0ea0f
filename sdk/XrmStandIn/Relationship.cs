using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>Names a relationship, and for a self-referential one which side the row is on.</summary>
/// <remarks>Used as a dictionary key (<see cref="RelatedEntityCollection"/>), hence the value
/// equality over schema name (ordinal) and role.</remarks>
public sealed class Relationship : IExtensibleDataObject
{
    /// <summary>Creates an unnamed relationship.</summary>
    public Relationship()
    {
    }

    /// <summary>Creates a relationship by schema name.</summary>
    public Relationship(string schemaName)
    {
        SchemaName = schemaName;
    }

    /// <summary>The relationship's schema name.</summary>
    public string SchemaName { get; set; }

    /// <summary>For a self-referential relationship, the role of the primary row.</summary>
    public EntityRole? PrimaryEntityRole { get; set; }

    /// <summary>Data the serializer did not recognise, kept for round trips.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Equal when schema name and role match.</summary>
    public override bool Equals(object obj) =>
        obj is Relationship other
        && string.Equals(SchemaName, other.SchemaName, System.StringComparison.Ordinal)
        && PrimaryEntityRole == other.PrimaryEntityRole;

    /// <summary>A hash over schema name and role.</summary>
    public override int GetHashCode() => (SchemaName?.GetHashCode() ?? 0) ^ PrimaryEntityRole.GetHashCode();

    /// <summary>"SchemaName.PrimaryEntityRole", e.g. "account_parent_account.Referencing".</summary>
    public override string ToString() => SchemaName + "." + PrimaryEntityRole;
}
