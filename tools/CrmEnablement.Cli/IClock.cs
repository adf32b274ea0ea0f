using System;

namespace CrmEnablement.Cli;

/// <summary>Where "now" comes from, so tests and <c>--as-of</c> can fix it.</summary>
public interface IClock
{
    /// <summary>The current UTC time.</summary>
    DateTime UtcNow { get; }
}
