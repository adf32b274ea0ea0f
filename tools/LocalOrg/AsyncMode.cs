namespace LocalOrg;

/// <summary>When asynchronous steps run.</summary>
public enum AsyncMode
{
    /// <summary>
    /// The default: jobs wait in the queue until the test calls <see cref="LocalOrganization.DrainAsync"/>,
    /// so it can see the state a user sees right after saving, before the async work.
    /// </summary>
    Queued,

    /// <summary>Jobs run as soon as the outermost operation that queued them has committed, before the call returns.</summary>
    Immediate,
}
