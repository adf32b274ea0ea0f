using System;
using CrmEnablement.Cli.Sandbox;

namespace CrmEnablement.Cli.Tests.Sandbox;

public sealed class SandboxClockTests
{
    [Test]
    public void ForDay_StartsAtNoonUtcOfTheDayAndMovesOn()
    {
        var clock = SandboxClock.ForDay(new DateTime(2026, 3, 2));

        var first = clock.UtcNow;

        Assert.That(first.Date, Is.EqualTo(new DateTime(2026, 3, 2)));
        Assert.That(first.Hour, Is.EqualTo(12));
        Assert.That(first.Kind, Is.EqualTo(DateTimeKind.Utc));
        // Moves with real time: polled, not slept for.
        Assert.That(() => clock.UtcNow, Is.GreaterThan(first).After(1000, 1));
    }
}
