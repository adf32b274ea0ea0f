using System;

namespace CrmEnablement.Engine.Ranking;

/// <summary>Dates as whole day numbers, so the ranking loop compares integers.</summary>
internal static class DayNumber
{
    /// <summary>Stands for "no publication date": older than any real date, so it earns no freshness.</summary>
    public const int Never = 0;

    public static int Of(DateTime date) => (int)(date.Date.Ticks / TimeSpan.TicksPerDay);
}
