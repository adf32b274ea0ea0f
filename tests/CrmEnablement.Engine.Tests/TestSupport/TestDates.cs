using System;

namespace CrmEnablement.Engine.Tests.TestSupport;

/// <summary>The fixed "today" every ranking test runs on, so no result depends on when tests run.</summary>
internal static class TestDates
{
    public static readonly DateTime AsOf = new(2026, 11, 26, 0, 0, 0, DateTimeKind.Utc);

    /// <summary><see cref="AsOf"/> as the catalogue's date cells write it.</summary>
    public const string AsOfText = "2026-11-26";

    public static DateTime DaysAgo(int days) => AsOf.AddDays(-days);
}
