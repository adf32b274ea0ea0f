using System;

namespace CrmEnablement.Cli.Import;

/// <summary>The longest Retry-After among the answers of one round, shared by its parallel batches.</summary>
internal sealed class LongestWait
{
    private readonly object _gate = new();
    private TimeSpan? _value;

    public TimeSpan? Value
    {
        get
        {
            lock (_gate)
            {
                return _value;
            }
        }
    }

    public void Note(TimeSpan? wait)
    {
        lock (_gate)
        {
            if (wait is { } asked && (_value is null || asked > _value))
            {
                _value = asked;
            }
        }
    }
}
