namespace Microsoft.Xrm.Sdk;

/// <summary>How an operation ends when a plugin throws <see cref="InvalidPluginExecutionException"/>.</summary>
public enum OperationStatus
{
    /// <summary>The operation failed.</summary>
    Failed = 0,

    /// <summary>The operation was canceled.</summary>
    Canceled = 1,

    /// <summary>The asynchronous job is retried.</summary>
    Retry = 2,

    /// <summary>The asynchronous job is suspended.</summary>
    Suspended = 3,

    /// <summary>The operation succeeded.</summary>
    Succeeded = 4,
}
