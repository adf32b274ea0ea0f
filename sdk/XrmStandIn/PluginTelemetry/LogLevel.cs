namespace Microsoft.Xrm.Sdk.PluginTelemetry;

/// <summary>Severity of a plugin log entry (not Microsoft.Extensions.Logging's LogLevel).</summary>
/// <remarks>Values from the decompiled assembly.</remarks>
public enum LogLevel
{
    /// <summary>Most detailed.</summary>
    Trace = 0,

    /// <summary>For debugging.</summary>
    Debug = 1,

    /// <summary>Normal flow.</summary>
    Information = 2,

    /// <summary>Unexpected but handled.</summary>
    Warning = 3,

    /// <summary>A failure of the current operation.</summary>
    Error = 4,

    /// <summary>A failure that needs attention at once.</summary>
    Critical = 5,

    /// <summary>Logs nothing.</summary>
    None = 6,
}
