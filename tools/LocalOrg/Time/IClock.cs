using System;

namespace LocalOrg.Time;

/// <summary>
/// The organization's only source of time: createdon/modifiedon, OperationCreatedOn, fault and
/// system-job timestamps all come from here, so a test decides what "now" is.
/// </summary>
public interface IClock
{
    /// <summary>Gets the current time, in UTC.</summary>
    DateTime UtcNow { get; }
}
