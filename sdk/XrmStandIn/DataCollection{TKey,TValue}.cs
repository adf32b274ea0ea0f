using System;
using System.Collections;
using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>Base of the SDK's keyed collections (attributes, parameters, images, …).</summary>
/// <remarks>Deliberately not an <see cref="IDictionary{TKey,TValue}"/> nor an
/// <see cref="ICollection{T}"/>: the real class is only enumerable, so code that hands it to an
/// IDictionary parameter must fail to compile here as it does against the real SDK.</remarks>
[Serializable]
public abstract class DataCollection<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>, IEnumerable
{
    private readonly IDictionary<TKey, TValue> _items;

    /// <summary>Creates an empty collection.</summary>
    protected internal DataCollection()
        : this(new Dictionary<TKey, TValue>())
    {
    }

    /// <summary>Creates a collection over <paramref name="collection"/> (not a copy).</summary>
    protected internal DataCollection(IDictionary<TKey, TValue> collection)
    {
        _items = collection;
    }

    /// <summary>The value stored under <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">Reading a key that is not present.</exception>
    public virtual TValue this[TKey key]
    {
        get => _items[key];
        set => _items[key] = value;
    }

    /// <summary>How many entries the collection holds.</summary>
    public int Count => _items.Count;

    /// <summary>The keys.</summary>
    public ICollection<TKey> Keys => _items.Keys;

    /// <summary>The values.</summary>
    public ICollection<TValue> Values => _items.Values;

    /// <summary>Whether the collection refuses changes.</summary>
    /// <remarks>Only the SDK itself sets it (for rows attached to a service context, which the
    /// stand-in does not have), so it is always false here.</remarks>
    public virtual bool IsReadOnly { get; internal set; }

    /// <summary>Adds an entry.</summary>
    /// <exception cref="ArgumentException">The key is already present.</exception>
    public void Add(TKey key, TValue value) => _items.Add(key, value);

    /// <summary>Adds an entry.</summary>
    /// <exception cref="ArgumentException">The key is already present.</exception>
    public void Add(KeyValuePair<TKey, TValue> item) => _items.Add(item);

    /// <summary>Adds every entry given.</summary>
    public void AddRange(params KeyValuePair<TKey, TValue>[] items) => AddRange((IEnumerable<KeyValuePair<TKey, TValue>>)items);

    /// <summary>Adds every entry given; null adds nothing.</summary>
    public void AddRange(IEnumerable<KeyValuePair<TKey, TValue>> items)
    {
        if (items == null)
        {
            return;
        }

        foreach (var item in items)
        {
            _items.Add(item);
        }
    }

    /// <summary>Removes every entry.</summary>
    public void Clear() => _items.Clear();

    /// <summary>Whether <paramref name="key"/> is present.</summary>
    public bool Contains(TKey key) => _items.ContainsKey(key);

    /// <summary>Whether this exact key and value pair is present.</summary>
    public bool Contains(KeyValuePair<TKey, TValue> key) => _items.Contains(key);

    /// <summary>Whether <paramref name="key"/> is present.</summary>
    public bool ContainsKey(TKey key) => _items.ContainsKey(key);

    /// <summary>Copies the entries into <paramref name="array"/> from <paramref name="arrayIndex"/>.</summary>
    public void CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

    /// <summary>Removes the entry under <paramref name="key"/>; false when absent.</summary>
    public bool Remove(TKey key) => _items.Remove(key);

    /// <summary>Removes this exact pair; false when absent.</summary>
    public bool Remove(KeyValuePair<TKey, TValue> item) => _items.Remove(item);

    /// <summary>Reads the value under <paramref name="key"/> without throwing.</summary>
    public bool TryGetValue(TKey key, out TValue value) => _items.TryGetValue(key, out value);

    /// <summary>Enumerates the entries.</summary>
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
