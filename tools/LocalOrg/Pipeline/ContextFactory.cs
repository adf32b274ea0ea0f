using System.Linq;
using LocalOrg.Values;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Pipeline;

/// <summary>
/// Builds the context a step (or a Custom API's main operation) gets from the operation. Sync steps
/// share the operation's parameter collections (OutputParameters only from PostOperation on; before
/// that an empty one); an async step gets deep copies taken when it is queued, as the platform
/// serializes the context into the system job.
/// </summary>
internal sealed class ContextFactory
{
    private const string StepTable = "sdkmessageprocessingstep";

    private readonly OrganizationCore _core;

    internal ContextFactory(OrganizationCore core)
    {
        _core = core;
    }

    internal LocalPluginExecutionContext ForStep(Operation op, RegisteredStep step, PluginStage stage, bool inTransaction)
    {
        var async = step.Registration.Mode == StepMode.Asynchronous;
        var pre = new EntityImageCollection();
        var post = new EntityImageCollection();
        foreach (var image in step.Registration.Images)
        {
            if (image.IsPre && op.PreImageRow != null)
            {
                pre[image.Alias] = RowProjector.Project(op.PreImageRow, image.Columns);
            }

            if (image.IsPost && stage == PluginStage.PostOperation && op.PostImageRow != null)
            {
                post[image.Alias] = RowProjector.Project(op.PostImageRow, image.Columns);
            }
        }

        return Build(op, stage, step.Registration.RunAsUserId ?? op.UserId, inTransaction) with
        {
            Mode = (int)step.Registration.Mode,
            InputParameters = async ? Copy(op.InputParameters) : op.InputParameters,
            OutputParameters = stage != PluginStage.PostOperation ? new ParameterCollection() : async ? Copy(op.OutputParameters) : op.OutputParameters,
            SharedVariables = async ? Copy(op.SharedVariables) : op.SharedVariables,
            PreEntityImages = pre,
            PostEntityImages = post,
            OwningExtension = new EntityReference(StepTable, step.Id) { Name = step.Name },
        };
    }

    /// <summary>The context of the main operation (stage 30): what a Custom API's plugin gets, and the ParentContext of inner operations.</summary>
    internal LocalPluginExecutionContext ForMainOperation(Operation op) =>
        Build(op, PluginStage.MainOperation, op.UserId, inTransaction: true);

    private LocalPluginExecutionContext Build(Operation op, PluginStage stage, System.Guid userId, bool inTransaction) => new()
    {
        BusinessUnitId = _core.BusinessUnitId,
        CorrelationId = op.CorrelationId,
        Depth = op.Depth,
        InitiatingUserId = op.InitiatingUserId,
        InputParameters = op.InputParameters,
        OutputParameters = op.OutputParameters,
        SharedVariables = op.SharedVariables,
        IsInTransaction = inTransaction,
        MessageName = op.MessageName,
        Mode = (int)StepMode.Synchronous,
        OperationCreatedOn = op.CreatedOn,
        OperationId = op.OperationId,
        OrganizationId = _core.OrganizationId,
        OrganizationName = _core.OrganizationName,
        PrimaryEntityId = op.PrimaryEntityId,
        PrimaryEntityName = op.PrimaryEntityName,
        RequestId = op.Request.RequestId,
        UserId = userId,
        Stage = (int)stage,
        ParentContext = op.ParentContext,
    };

    private static ParameterCollection Copy(ParameterCollection source)
    {
        var copy = new ParameterCollection();
        copy.AddRange(source.Select(p => new System.Collections.Generic.KeyValuePair<string, object>(p.Key, ValueCopier.Copy(p.Value)!)));
        return copy;
    }
}
