using System;

namespace LocalOrg.Ids;

/// <summary>Random ids, as the platform makes them; for the sandbox, where predictability does not matter.</summary>
public sealed class RandomIdGenerator : IIdGenerator
{
    /// <inheritdoc />
    public Guid NewId() => Guid.NewGuid();
}
