using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>What the platform tells an extension about the operation it runs in.</summary>
public interface IExecutionContext
{
    /// <summary>The business unit of the user the operation runs as.</summary>
    Guid BusinessUnitId { get; }

    /// <summary>Ties together every operation started by one original request.</summary>
    Guid CorrelationId { get; }

    /// <summary>How deeply the current call is nested in plugin-triggered calls.</summary>
    int Depth { get; }

    /// <summary>The user who started the operation, whoever it runs as.</summary>
    Guid InitiatingUserId { get; }

    /// <summary>The request's parameters, e.g. "Target".</summary>
    ParameterCollection InputParameters { get; }

    /// <summary>Whether the operation runs in the offline client.</summary>
    bool IsExecutingOffline { get; }

    /// <summary>Whether the operation runs inside the database transaction.</summary>
    bool IsInTransaction { get; }

    /// <summary>Whether the operation replays offline changes.</summary>
    bool IsOfflinePlayback { get; }

    /// <summary>1 = none, 2 = sandbox.</summary>
    int IsolationMode { get; }

    /// <summary>The message being processed, e.g. "Create".</summary>
    string MessageName { get; }

    /// <summary>0 = synchronous, 1 = asynchronous.</summary>
    int Mode { get; }

    /// <summary>When the system job of an asynchronous operation was created.</summary>
    DateTime OperationCreatedOn { get; }

    /// <summary>The system job id of an asynchronous operation.</summary>
    Guid OperationId { get; }

    /// <summary>The organization the operation runs in.</summary>
    Guid OrganizationId { get; }

    /// <summary>The unique name of that organization.</summary>
    string OrganizationName { get; }

    /// <summary>The response's values; a plugin sets Custom API outputs here.</summary>
    ParameterCollection OutputParameters { get; }

    /// <summary>The step (or service endpoint) that registered this extension.</summary>
    EntityReference OwningExtension { get; }

    /// <summary>Images of the row after the operation, keyed by their registered alias.</summary>
    EntityImageCollection PostEntityImages { get; }

    /// <summary>Images of the row before the operation, keyed by their registered alias.</summary>
    EntityImageCollection PreEntityImages { get; }

    /// <summary>The id of the row the operation is about.</summary>
    Guid PrimaryEntityId { get; }

    /// <summary>The logical name of the table the operation is about.</summary>
    string PrimaryEntityName { get; }

    /// <summary>The id of the asynchronous request, if any.</summary>
    Guid? RequestId { get; }

    /// <summary>The second table of a message that involves two, e.g. SetRelated.</summary>
    string SecondaryEntityName { get; }

    /// <summary>Values passed between the steps of one pipeline.</summary>
    ParameterCollection SharedVariables { get; }

    /// <summary>The user the operation runs as (impersonation included).</summary>
    Guid UserId { get; }
}
