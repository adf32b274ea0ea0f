using System;
using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>The columns and values of an alternate key.</summary>
[Serializable]
public sealed class KeyAttributeCollection : DataCollection<string, object>
{
    /// <summary>Creates an empty collection.</summary>
    public KeyAttributeCollection()
    {
    }

    // The real sealed class declares this constructor protected internal (so, in effect, internal);
    // kept so the shape matches, and CS0628 (protected member in a sealed type) is expected.
#pragma warning disable CS0628
    /// <summary>Creates a collection over <paramref name="collection"/>.</summary>
    protected internal KeyAttributeCollection(IDictionary<string, object> collection)
        : base(collection)
    {
    }
#pragma warning restore CS0628
}
