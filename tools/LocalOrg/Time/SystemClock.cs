using System;

namespace LocalOrg.Time;

/// <summary>
/// The wall clock, for the sandbox where real timestamps are wanted. Tests use <see cref="ManualClock"/>.
/// </summary>
public sealed class SystemClock : IClock
{
    /// <inheritdoc />
    public DateTime UtcNow => DateTime.UtcNow;
}
