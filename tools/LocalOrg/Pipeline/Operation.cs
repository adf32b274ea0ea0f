using System;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Pipeline;

/// <summary>
/// One message being processed: its request (whose Parameters are the InputParameters every stage
/// shares), outputs, shared variables, the row before and after the main operation (for images),
/// and who runs it at what depth.
/// </summary>
internal sealed class Operation
{
    internal Operation(OrganizationRequest request, string messageName)
    {
        Request = request;
        MessageName = messageName;
    }

    internal OrganizationRequest Request { get; }

    internal string MessageName { get; }

    internal string PrimaryEntityName { get; set; } = MessageNames.NoTable;

    internal Guid PrimaryEntityId { get; set; }

    internal ParameterCollection InputParameters => Request.Parameters;

    internal ParameterCollection OutputParameters { get; } = new();

    internal ParameterCollection SharedVariables { get; } = new();

    /// <summary>Gets the user the operation runs as (the caller's service user).</summary>
    internal Guid UserId { get; init; }

    internal Guid InitiatingUserId { get; init; }

    internal int Depth { get; init; }

    internal Guid CorrelationId { get; init; }

    internal Guid OperationId { get; init; }

    internal DateTime CreatedOn { get; init; }

    internal IPluginExecutionContext? ParentContext { get; init; }

    internal Entity? PreImageRow { get; set; }

    internal Entity? PostImageRow { get; set; }

    /// <summary>Gets the scope inner operations (Upsert's Create or Update, SetState's Update) run in: same user, same depth.</summary>
    internal Execution.ExecutionScope InnerScope(IPluginExecutionContext parent) =>
        new(UserId, InitiatingUserId, Depth - 1, CorrelationId, parent, null);

    internal Entity? Target => InputParameters.TryGetValue("Target", out var value) ? value as Entity : null;
}
