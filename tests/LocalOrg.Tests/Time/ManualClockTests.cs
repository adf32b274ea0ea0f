using System;
using LocalOrg.Time;

namespace LocalOrg.Tests.Time;

public class ManualClockTests
{
    [Test]
    public void UtcNow_NotAdvanced_StandsStill()
    {
        var clock = new ManualClock();

        Assert.That(clock.UtcNow, Is.EqualTo(ManualClock.DefaultStart));
        Assert.That(clock.UtcNow, Is.EqualTo(clock.UtcNow));
    }

    [Test]
    public void Advance_AnHour_MovesByAnHour()
    {
        var clock = new ManualClock();

        clock.Advance(TimeSpan.FromHours(1));

        Assert.That(clock.UtcNow, Is.EqualTo(ManualClock.DefaultStart.AddHours(1)));
    }

    [Test]
    public void Set_UnspecifiedKind_TakenAsUtc()
    {
        var clock = new ManualClock();

        clock.Set(new DateTime(2030, 1, 2, 3, 4, 5, DateTimeKind.Unspecified));

        Assert.That(clock.UtcNow.Kind, Is.EqualTo(DateTimeKind.Utc));
        Assert.That(clock.UtcNow.Hour, Is.EqualTo(3));
    }
}
