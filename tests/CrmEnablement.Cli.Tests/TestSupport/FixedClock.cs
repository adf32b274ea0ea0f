using System;
using CrmEnablement.Cli;

namespace CrmEnablement.Cli.Tests.TestSupport;

/// <summary>A clock stopped on <see cref="Today"/>, so "today" never depends on when tests run.</summary>
internal sealed class FixedClock : IClock
{
    public static readonly DateTime Today = new(2026, 11, 26, 9, 30, 0, DateTimeKind.Utc);

    /// <summary><see cref="Today"/> as <c>--as-of</c> and the JSON's <c>asOf</c> write it.</summary>
    public const string TodayText = "2026-11-26";

    public DateTime UtcNow => Today;
}
