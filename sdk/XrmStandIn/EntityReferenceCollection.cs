using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>A list of row references, e.g. the rows to associate.</summary>
public sealed class EntityReferenceCollection : DataCollection<EntityReference>
{
    /// <summary>Creates an empty collection.</summary>
    public EntityReferenceCollection()
    {
    }

    /// <summary>Creates a collection holding a copy of <paramref name="list"/>.</summary>
    public EntityReferenceCollection(IList<EntityReference> list)
        : base(list)
    {
    }
}
