using System;

namespace LocalOrg.Diagnostics;

/// <summary>
/// The system job (asyncoperation) of one asynchronous step run: queued when the operation that
/// triggered it commits, run by <see cref="LocalOrganization.DrainAsync"/> (or at once with
/// <see cref="AsyncMode.Immediate"/>). A failure is recorded here and never reaches the caller.
/// </summary>
public sealed class SystemJob
{
    internal SystemJob(Guid id, string stepName, string messageName, string primaryEntityName, Guid primaryEntityId, DateTime createdOn)
    {
        Id = id;
        StepName = stepName;
        MessageName = messageName;
        PrimaryEntityName = primaryEntityName;
        PrimaryEntityId = primaryEntityId;
        CreatedOn = createdOn;
    }

    /// <summary>Gets the job's id.</summary>
    public Guid Id { get; }

    /// <summary>Gets the step the job runs.</summary>
    public string StepName { get; }

    /// <summary>Gets the message that triggered it.</summary>
    public string MessageName { get; }

    /// <summary>Gets the table of the triggering operation.</summary>
    public string PrimaryEntityName { get; }

    /// <summary>Gets the id of the triggering operation's row.</summary>
    public Guid PrimaryEntityId { get; }

    /// <summary>Gets when the job was queued (organization clock).</summary>
    public DateTime CreatedOn { get; }

    /// <summary>Gets when the job finished; null while waiting.</summary>
    public DateTime? CompletedOn { get; internal set; }

    /// <summary>Gets the job's status.</summary>
    public SystemJobStatus Status { get; internal set; }

    /// <summary>Gets the failure message; null unless <see cref="Status"/> is Failed.</summary>
    public string? ErrorMessage { get; internal set; }

    /// <summary>Gets the plugin run, once the job has run.</summary>
    public PluginExecution? Execution { get; internal set; }
}
