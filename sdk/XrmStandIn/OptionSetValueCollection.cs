using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>The value of a multi-select choice column.</summary>
public sealed class OptionSetValueCollection : DataCollection<OptionSetValue>
{
    /// <summary>Creates an empty collection.</summary>
    public OptionSetValueCollection()
    {
    }

    /// <summary>Creates a collection holding a copy of <paramref name="list"/>.</summary>
    public OptionSetValueCollection(IList<OptionSetValue> list)
        : base(list)
    {
    }
}
