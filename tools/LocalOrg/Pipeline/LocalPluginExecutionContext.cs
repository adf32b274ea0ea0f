using System;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Pipeline;

/// <summary>
/// The IPluginExecutionContext a step receives. The parameter collections are the operation's own
/// (a PreOperation change to the Target is what the main operation writes; SharedVariables are one
/// collection across the operation's stages); images are per step.
/// </summary>
internal sealed record LocalPluginExecutionContext : IPluginExecutionContext
{
    public Guid BusinessUnitId { get; init; }

    public Guid CorrelationId { get; init; }

    public int Depth { get; init; }

    public Guid InitiatingUserId { get; init; }

    public ParameterCollection InputParameters { get; init; } = new();

    public bool IsExecutingOffline => false;

    public bool IsInTransaction { get; init; }

    public bool IsOfflinePlayback => false;

    /// <summary>2: Sandbox, the only isolation mode online.</summary>
    public int IsolationMode => 2;

    public string MessageName { get; init; } = string.Empty;

    public int Mode { get; init; }

    public DateTime OperationCreatedOn { get; init; }

    public Guid OperationId { get; init; }

    public Guid OrganizationId { get; init; }

    public string OrganizationName { get; init; } = string.Empty;

    public ParameterCollection OutputParameters { get; init; } = new();

    public EntityReference? OwningExtension { get; init; }

    public EntityImageCollection PostEntityImages { get; init; } = new();

    public EntityImageCollection PreEntityImages { get; init; } = new();

    public Guid PrimaryEntityId { get; init; }

    public string PrimaryEntityName { get; init; } = MessageNames.NoTable;

    public Guid? RequestId { get; init; }

    public string SecondaryEntityName => MessageNames.NoTable;

    public ParameterCollection SharedVariables { get; init; } = new();

    public Guid UserId { get; init; }

    public int Stage { get; init; }

    public IPluginExecutionContext? ParentContext { get; init; }
}
