using System;
using System.Collections.Generic;
using System.Linq;

namespace LocalOrg.Diagnostics;

/// <summary>
/// Every organization-service call since the last <see cref="Reset"/>, from tests and from plugins
/// alike; what a test reads to assert "a warm Custom API makes at most 3 calls". The calls a single
/// plugin execution made are also on <see cref="PluginExecution.ServiceCalls"/>.
/// </summary>
public sealed class ServiceCallCounter
{
    private readonly List<ServiceCall> _calls = new();

    /// <summary>Gets every call, oldest first.</summary>
    public IReadOnlyList<ServiceCall> All => _calls;

    /// <summary>Gets the number of calls.</summary>
    public int Total => _calls.Count;

    /// <summary>Gets the number of calls per message name.</summary>
    public IReadOnlyDictionary<string, int> ByMessage =>
        _calls.GroupBy(c => c.MessageName, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The number of calls of one message.</summary>
    /// <param name="messageName">For example "RetrieveMultiple".</param>
    /// <returns>The count.</returns>
    public int Count(string messageName) => _calls.Count(c => string.Equals(c.MessageName, messageName, StringComparison.OrdinalIgnoreCase));

    /// <summary>Forgets every call counted so far.</summary>
    public void Reset() => _calls.Clear();

    internal void Add(ServiceCall call) => _calls.Add(call);
}
