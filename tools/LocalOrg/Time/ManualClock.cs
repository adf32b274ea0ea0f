using System;

namespace LocalOrg.Time;

/// <summary>
/// A clock that stands still until told to move: the default, so every run of a test sees the
/// same timestamps.
/// </summary>
public sealed class ManualClock : IClock
{
    /// <summary>The instant a clock created without arguments starts at: 2025-01-01T00:00:00Z.</summary>
    public static readonly DateTime DefaultStart = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private DateTime _now;

    /// <summary>Creates a clock standing at <see cref="DefaultStart"/>.</summary>
    public ManualClock()
        : this(DefaultStart)
    {
    }

    /// <summary>Creates a clock standing at <paramref name="start"/> (taken as UTC unless it is local time).</summary>
    /// <param name="start">The first value of <see cref="UtcNow"/>.</param>
    public ManualClock(DateTime start)
    {
        _now = ToUtc(start);
    }

    /// <inheritdoc />
    public DateTime UtcNow => _now;

    /// <summary>Moves the clock forward (or back, with a negative span).</summary>
    /// <param name="by">How far to move.</param>
    public void Advance(TimeSpan by) => _now = _now.Add(by);

    /// <summary>Sets the clock to an instant (taken as UTC unless it is local time).</summary>
    /// <param name="now">The new value of <see cref="UtcNow"/>.</param>
    public void Set(DateTime now) => _now = ToUtc(now);

    private static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
