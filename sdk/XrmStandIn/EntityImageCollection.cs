using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>Pre- or post-images of a plugin step, keyed by their registered alias.</summary>
/// <remarks>Constructors and sealedness from the decompiled assembly (the type is on Learn).</remarks>
public class EntityImageCollection : DataCollection<string, Entity>
{
    /// <summary>Creates an empty collection.</summary>
    public EntityImageCollection()
    {
    }

    /// <summary>Creates a collection over <paramref name="collection"/>.</summary>
    protected internal EntityImageCollection(IDictionary<string, Entity> collection)
        : base(collection)
    {
    }
}
