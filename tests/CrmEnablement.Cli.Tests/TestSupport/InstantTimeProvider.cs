using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace CrmEnablement.Cli.Tests.TestSupport;

/// <summary>
/// A clock for retry tests: every timer fires at once and moves virtual time forward by its
/// delay, which is recorded, so a test can check that Retry-After was honoured without waiting.
/// </summary>
internal sealed class InstantTimeProvider : TimeProvider
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 30, 0, TimeSpan.Zero);
    private readonly ConcurrentQueue<TimeSpan> _delays = new();
    private long _elapsedTicks;

    /// <summary>Every delay asked for, in order.</summary>
    public IReadOnlyList<TimeSpan> Delays => _delays.ToArray();

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _elapsedTicks);

    public override DateTimeOffset GetUtcNow() => Start + TimeSpan.FromTicks(Interlocked.Read(ref _elapsedTicks));

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new InstantTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private void Elapse(TimeSpan delay)
    {
        _delays.Enqueue(delay);
        Interlocked.Add(ref _elapsedTicks, delay.Ticks);
    }

    private sealed class InstantTimer : ITimer
    {
        private readonly InstantTimeProvider _owner;
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private int _disposed;

        public InstantTimer(InstantTimeProvider owner, TimerCallback callback, object? state)
        {
            _owner = owner;
            _callback = callback;
            _state = state;
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (dueTime == Timeout.InfiniteTimeSpan || Volatile.Read(ref _disposed) == 1)
            {
                return true;
            }

            _owner.Elapse(dueTime);
            ThreadPool.QueueUserWorkItem(_ =>
            {
                if (Volatile.Read(ref _disposed) == 0)
                {
                    _callback(_state);
                }
            });
            return true;
        }

        public void Dispose() => Interlocked.Exchange(ref _disposed, 1);

        public System.Threading.Tasks.ValueTask DisposeAsync()
        {
            Dispose();
            return default;
        }
    }
}
