namespace LocalOrg.Relationships;

/// <summary>
/// A relationship Associate and Disassociate can use. Many-to-many: rows of an intersect table with
/// the two tables' id columns (queryable through links, as on the platform). One-to-many: a lookup
/// column on the referencing table.
/// </summary>
/// <param name="SchemaName">The relationship's schema name.</param>
/// <param name="ReferencedTable">N:N: the first table; 1:N: the "one" side.</param>
/// <param name="ReferencingTable">N:N: the second table; 1:N: the "many" side, which holds the lookup.</param>
/// <param name="IntersectTable">N:N only: the intersect table's logical name; null for 1:N.</param>
/// <param name="LookupColumn">1:N only: the lookup column on the referencing table; null for N:N.</param>
internal sealed record RelationshipDefinition(string SchemaName, string ReferencedTable, string ReferencingTable, string? IntersectTable, string? LookupColumn)
{
    internal bool IsManyToMany => IntersectTable != null;
}
