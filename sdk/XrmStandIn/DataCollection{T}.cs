using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Microsoft.Xrm.Sdk;

/// <summary>The SDK's list type (columns, conditions, rows of a result, …).</summary>
/// <remarks>Its constructors are internal as in the real SDK: callers get instances from the
/// SDK types that own them, or use a public subclass such as
/// <see cref="EntityReferenceCollection"/>.</remarks>
[Serializable]
public class DataCollection<T> : Collection<T>
{
    internal DataCollection()
    {
    }

    /// <summary>Copies <paramref name="list"/>, so later changes to either stay apart.</summary>
    internal DataCollection(IList<T> list)
    {
        AddRange(list);
    }

    /// <summary>Appends every item given; null adds nothing.</summary>
    public void AddRange(params T[] items) => AddRange((IEnumerable<T>)items);

    /// <summary>Appends every item given; null adds nothing.</summary>
    public void AddRange(IEnumerable<T> items)
    {
        if (items == null)
        {
            return;
        }

        foreach (var item in items)
        {
            Add(item);
        }
    }

    /// <summary>The items as a new array.</summary>
    public T[] ToArray()
    {
        var array = new T[Count];
        CopyTo(array, 0);
        return array;
    }
}
