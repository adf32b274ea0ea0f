using System;

namespace CrmEnablement.PanelBenchmarks;

/// <summary>Something the benchmark needs is missing (Chromium, the built web resource, the samples): exit 2, nothing measured.</summary>
internal sealed class SetupException : Exception
{
    public SetupException(string message)
        : base(message)
    {
    }

    public SetupException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
