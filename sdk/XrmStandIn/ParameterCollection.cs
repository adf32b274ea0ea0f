using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk;

/// <summary>Named parameters of a request, a response or a plugin context.</summary>
/// <remarks>Not sealed: the current SDK unsealed it (CRM 2015/2016 had it sealed).</remarks>
public class ParameterCollection : DataCollection<string, object>
{
    /// <summary>Creates an empty collection.</summary>
    public ParameterCollection()
    {
    }

    /// <summary>Creates a collection over <paramref name="collection"/>.</summary>
    protected ParameterCollection(IDictionary<string, object> collection)
        : base(collection)
    {
    }

    /// <summary>Sets <paramref name="key"/> to <paramref name="obj"/> unless it is null.</summary>
    public void AddOrUpdateIfNotNull(string key, object obj)
    {
        if (obj != null)
        {
            this[key] = obj;
        }
    }

    /// <summary>Reads the value under <paramref name="key"/> when it is present and a
    /// <typeparamref name="T"/>; otherwise false and default.</summary>
    /// <remarks>Known from the decompiled 9.0.2.46 assembly only (not on Learn); kept because
    /// plugins read typed inputs with it, e.g. <c>TryGetValue("Target", out Entity target)</c>.</remarks>
    public bool TryGetValue<T>(string key, out T value)
    {
        // base. matters: unqualified, the call would bind to this generic method itself
        // (T = object), since C# prefers applicable methods of the most derived type.
        if (base.TryGetValue(key, out var stored) && stored is T typed)
        {
            value = typed;
            return true;
        }

        value = default;
        return false;
    }
}
