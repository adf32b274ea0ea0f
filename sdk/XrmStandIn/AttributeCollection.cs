using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>A row's column values, keyed by column logical name.</summary>
public sealed class AttributeCollection : DataCollection<string, object>
{
    /// <summary>Creates an empty collection.</summary>
    public AttributeCollection()
    {
    }

    // The real sealed class declares this constructor protected internal (so, in effect, internal);
    // kept so the shape matches, and CS0628 (protected member in a sealed type) is expected.
#pragma warning disable CS0628
    /// <summary>Creates a collection over <paramref name="collection"/>.</summary>
    protected internal AttributeCollection(IDictionary<string, object> collection)
        : base(collection)
    {
    }
#pragma warning restore CS0628
}
