using System;
using System.Diagnostics;

namespace CrmEnablement.Cli.Sandbox;

/// <summary>
/// The sandbox organization's clock: starts at a chosen instant and moves with real time, so
/// <c>--as-of</c> fixes the day while every save still gets a later timestamp (the panel waits for
/// a newer "suggestions refreshed on" stamp).
/// </summary>
public sealed class SandboxClock : LocalOrg.Time.IClock, IClock
{
    private readonly DateTime _start;
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();

    /// <summary>A clock that reads <paramref name="start"/> (UTC) now.</summary>
    public SandboxClock(DateTime start)
    {
        _start = DateTime.SpecifyKind(start, DateTimeKind.Utc);
    }

    /// <summary>A clock for <paramref name="day"/>: noon UTC, so a long session stays on that day.</summary>
    public static SandboxClock ForDay(DateTime day) => new(day.Date.AddHours(12));

    /// <summary>Now, on the sandbox's timeline.</summary>
    public DateTime UtcNow => _start + _elapsed.Elapsed;
}
