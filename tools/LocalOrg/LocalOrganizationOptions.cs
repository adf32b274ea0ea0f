using System;
using LocalOrg.Ids;
using LocalOrg.Time;

namespace LocalOrg;

/// <summary>How a <see cref="LocalOrganization"/> is set up. Every default is deterministic.</summary>
public sealed class LocalOrganizationOptions
{
    /// <summary>Gets the clock; default a <see cref="ManualClock"/> standing at 2025-01-01T00:00:00Z.</summary>
    public IClock Clock { get; init; } = new ManualClock();

    /// <summary>Gets the generator of row ids; default <see cref="SequentialIdGenerator"/> with seed 1.</summary>
    public IIdGenerator IdGenerator { get; init; } = new SequentialIdGenerator();

    /// <summary>Gets when asynchronous steps run; default <see cref="LocalOrg.AsyncMode.Queued"/>.</summary>
    public AsyncMode AsyncMode { get; init; } = AsyncMode.Queued;

    /// <summary>Gets the organization's name (the context's OrganizationName).</summary>
    public string OrganizationName { get; init; } = "LocalOrg";

    /// <summary>Gets the organization's id; null picks a fixed one.</summary>
    public Guid? OrganizationId { get; init; }

    /// <summary>Gets the deepest Depth an operation may run at; the platform's is 8.</summary>
    public int MaxDepth { get; init; } = 8;
}
