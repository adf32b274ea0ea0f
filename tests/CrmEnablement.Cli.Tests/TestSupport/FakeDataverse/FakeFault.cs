namespace CrmEnablement.Cli.Tests.TestSupport.FakeDataverse;

/// <summary>A way the fake misbehaves for one request, as a real environment sometimes does.</summary>
internal enum FakeFault
{
    /// <summary>No fault: lets one request through, so a later one can misbehave.</summary>
    Pass,
    /// <summary>429 Too Many Requests with Retry-After (service protection), before doing anything.</summary>
    TooManyRequests,
    /// <summary>503 before doing anything.</summary>
    ServiceUnavailable,
    /// <summary>Does the whole batch, then answers 503: the client cannot know it committed.</summary>
    ServiceUnavailableAfterCommit,
    /// <summary>400 for the whole batch: sending it again cannot help.</summary>
    BatchRefused,
    /// <summary>200 with a multipart body cut short.</summary>
    Malformed,
    /// <summary>401 Unauthorized.</summary>
    Unauthorized,
    /// <summary>403 Forbidden.</summary>
    Forbidden,
}
