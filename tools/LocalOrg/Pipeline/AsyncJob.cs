using LocalOrg.Diagnostics;

namespace LocalOrg.Pipeline;

/// <summary>An asynchronous step run waiting for its operation to commit, then in the queue: the step and a snapshot context.</summary>
internal sealed class AsyncJob
{
    internal AsyncJob(RegisteredStep step, LocalPluginExecutionContext context)
    {
        Step = step;
        Context = context;
    }

    internal RegisteredStep Step { get; }

    internal LocalPluginExecutionContext Context { get; }

    internal SystemJob? SystemJob { get; set; }
}
