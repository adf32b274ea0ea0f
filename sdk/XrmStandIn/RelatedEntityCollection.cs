namespace Microsoft.Xrm.Sdk;

/// <summary>Rows related to an entity, grouped by relationship.</summary>
public sealed class RelatedEntityCollection : DataCollection<Relationship, EntityCollection>
{
    /// <summary>Whether the collection refuses changes; the real SDK overrides it to pass the
    /// flag on to its rows, which only matters for its service context.</summary>
    public override bool IsReadOnly
    {
        get => base.IsReadOnly;
        internal set => base.IsReadOnly = value;
    }
}
