using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>Display text of a row's values (choice labels, formatted money, …), keyed by column.</summary>
/// <remarks>Constructors from the decompiled assembly (the type is on Learn).</remarks>
public sealed class FormattedValueCollection : DataCollection<string, string>
{
    /// <summary>Creates an empty collection.</summary>
    public FormattedValueCollection()
    {
    }

    // The real sealed class declares this constructor protected internal (so, in effect, internal);
    // kept so the shape matches, and CS0628 (protected member in a sealed type) is expected.
#pragma warning disable CS0628
    /// <summary>Creates a collection over <paramref name="collection"/>.</summary>
    protected internal FormattedValueCollection(IDictionary<string, string> collection)
        : base(collection)
    {
    }
#pragma warning restore CS0628
}
