using System;
using System.Collections.Generic;
using LocalOrg.Diagnostics;
using LocalOrg.Storage;

namespace LocalOrg.Pipeline;

/// <summary>
/// Asynchronous work. A job is pending while the operation that queued it is open (journaled, so
/// a rollback drops it, as the platform never queues work of a failed transaction); the outermost
/// commit releases pending jobs to the queue, each becoming a Waiting system job.
/// </summary>
internal sealed class AsyncQueue
{
    private readonly List<AsyncJob> _pending = new();
    private readonly Queue<AsyncJob> _ready = new();
    private readonly List<SystemJob> _jobs = new();

    internal IReadOnlyList<SystemJob> Jobs => _jobs;

    internal int Waiting => _ready.Count;

    internal void Enqueue(AsyncJob job, Journal journal)
    {
        _pending.Add(job);
        journal.Record(() => _pending.Remove(job));
    }

    internal void Release(Func<Guid> newId, DateTime now)
    {
        foreach (var job in _pending)
        {
            var context = job.Context;
            job.SystemJob = new SystemJob(newId(), job.Step.Name, context.MessageName, context.PrimaryEntityName, context.PrimaryEntityId, now);
            _jobs.Add(job.SystemJob);
            _ready.Enqueue(job);
        }

        _pending.Clear();
    }

    internal bool TryDequeue(out AsyncJob job) => _ready.TryDequeue(out job!);

    internal void ClearHistory() => _jobs.RemoveAll(j => j.Status != SystemJobStatus.Waiting);
}
