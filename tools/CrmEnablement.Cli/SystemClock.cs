using System;

namespace CrmEnablement.Cli;

/// <summary>The machine's clock.</summary>
public sealed class SystemClock : IClock
{
    /// <inheritdoc />
    public DateTime UtcNow => DateTime.UtcNow;
}
