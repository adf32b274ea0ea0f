namespace CrmEnablement.Plugins.Infrastructure;

/// <summary>Whether a step runs inside the operation or afterwards as a system job (<c>mode</c>).</summary>
public enum ExecutionMode
{
    Synchronous = 0,
    Asynchronous = 1,
}
