using System.Globalization;

namespace CrmEnablement.Cli.Analytics;

/// <summary>Won out of closed deals, shown with its counts so small samples are visible.</summary>
/// <param name="Won">Closed deals won.</param>
/// <param name="Closed">Closed deals (won or lost).</param>
internal readonly record struct WinRate(int Won, int Closed)
{
    /// <summary>Fewer closed deals than this and the rate is flagged as a small sample.</summary>
    public const int SmallSample = 5;

    public double? Rate => Closed == 0 ? null : (double)Won / Closed;

    public bool IsSmall => Closed < SmallSample;

    /// <summary>"60% (3/5)", "– (0/0)"; small samples end with "*".</summary>
    public override string ToString() =>
        Rate is { } rate
            ? string.Create(CultureInfo.InvariantCulture, $"{rate * 100:0}% ({Won}/{Closed}){(IsSmall ? "*" : "")}")
            : "– (0/0)";
}
