using System;
using System.ServiceModel;
using LocalOrg.Diagnostics;
using LocalOrg.Faults;
using LocalOrg.Pipeline;
using LocalOrg.Values;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Execution;

/// <summary>
/// The event pipeline for one message: PreValidation (outside the transaction at Depth 1), then
/// inside the transaction PreOperation, the main operation, PostOperation, and the queueing of
/// async steps. Any exception undoes the operation's writes (its nested calls' included) and drops
/// the async work it queued. Also runs the async queue.
/// </summary>
internal sealed class OperationRunner
{
    private readonly OrganizationCore _core;
    private int _active;
    private bool _draining;

    internal OperationRunner(OrganizationCore core)
    {
        _core = core;
    }

    /// <summary>A service call: counted, its request copied (as serialization would), then run; in Immediate mode the async queue is drained once nothing is running.</summary>
    internal OrganizationResponse Execute(OrganizationRequest request, ExecutionScope scope)
    {
        lock (_core.Sync)
        {
            var call = new ServiceCall(MessageNames.FromRequestName(request.RequestName ?? string.Empty), RequestReader.PeekTable(request), scope.UserId, scope.Depth + 1, scope.StepName);
            _core.Calls.Add(call);
            scope.Execution?.AddCall(call);
            try
            {
                return Run(RequestReader.Copy(request), scope);
            }
            finally
            {
                // Also after a failure: jobs that nested calls committed before it still run.
                if (_active == 0 && _core.AsyncMode == AsyncMode.Immediate)
                {
                    DrainAsync();
                }
            }
        }
    }

    /// <summary>Runs a message in the pipeline at one Depth below <paramref name="scope"/>; also used for inner operations (Upsert's Create), which are not service calls.</summary>
    internal OrganizationResponse Run(OrganizationRequest request, ExecutionScope scope)
    {
        var depth = scope.Depth + 1;
        if (depth > _core.MaxDepth)
        {
            throw _core.Faults.Create(ErrorCodes.SdkCorrelationTokenDepthTooHigh, FaultMessages.InfiniteLoop);
        }

        var message = MessageNames.FromRequestName(request.RequestName ?? string.Empty);
        var handler = _core.Handlers.For(message);
        var op = new Operation(request, message)
        {
            UserId = scope.UserId,
            InitiatingUserId = scope.InitiatingUserId,
            Depth = depth,
            CorrelationId = scope.CorrelationId ?? _core.NewSystemId(),
            OperationId = _core.NewSystemId(),
            CreatedOn = _core.Clock.UtcNow,
            ParentContext = scope.ParentContext,
        };
        _active++;
        int? mark = null;
        try
        {
            handler.Prepare(op);
            op.PreImageRow = Snapshot(op);
            if (_core.Journal.IsOpen)
            {
                mark = _core.Journal.Begin();
            }

            RunStage(op, PluginStage.PreValidation);
            mark ??= _core.Journal.Begin();
            RunStage(op, PluginStage.PreOperation);
            handler.Execute(op);
            op.PostImageRow = Snapshot(op);
            RunStage(op, PluginStage.PostOperation);
            QueueAsync(op);
            var response = handler.CreateResponse();
            response.ResponseName = request.RequestName;
            foreach (var output in op.OutputParameters)
            {
                response.Results[output.Key] = ValueCopier.Copy(output.Value);
            }

            mark = null;
            if (_core.Journal.Commit())
            {
                _core.Async.Release(_core.NewSystemId, _core.Clock.UtcNow);
            }

            return response;
        }
        catch
        {
            if (mark is int begun)
            {
                _core.Journal.Rollback(begun);
            }

            throw;
        }
        finally
        {
            _active--;
        }
    }

    /// <summary>Runs queued async jobs (and the jobs they queue) until the queue is empty; failures become Failed system jobs.</summary>
    internal int DrainAsync()
    {
        lock (_core.Sync)
        {
            if (_draining)
            {
                return 0;
            }

            _draining = true;
            var ran = 0;
            try
            {
                while (_core.Async.TryDequeue(out var job))
                {
                    RunJob(job);
                    ran++;
                }
            }
            finally
            {
                _draining = false;
            }

            return ran;
        }
    }

    private void RunJob(AsyncJob job)
    {
        var systemJob = job.SystemJob!;
        try
        {
            _core.Runner.Run(job.Step.Name, job.Step.Plugin, job.Context, systemJob);
            systemJob.Status = SystemJobStatus.Succeeded;
        }
        catch (Exception ex)
        {
            systemJob.Status = SystemJobStatus.Failed;
            systemJob.ErrorMessage = ex is FaultException<OrganizationServiceFault> fault ? fault.Detail.Message : ex.Message;
        }

        systemJob.CompletedOn = _core.Clock.UtcNow;
    }

    private void RunStage(Operation op, PluginStage stage)
    {
        foreach (var step in _core.Steps.For(op.MessageName, op.PrimaryEntityName, stage))
        {
            if (step.Registration.Mode == StepMode.Synchronous && step.PassesFilter(op.MessageName, op.Target))
            {
                var context = _core.Contexts.ForStep(op, step, stage, _core.Journal.IsOpen);
                _core.Runner.Run(step.Name, step.Plugin, context);
            }
        }
    }

    private void QueueAsync(Operation op)
    {
        foreach (var step in _core.Steps.For(op.MessageName, op.PrimaryEntityName, PluginStage.PostOperation))
        {
            if (step.Registration.Mode == StepMode.Asynchronous && step.PassesFilter(op.MessageName, op.Target))
            {
                var context = _core.Contexts.ForStep(op, step, PluginStage.PostOperation, inTransaction: false);
                _core.Async.Enqueue(new AsyncJob(step, context), _core.Journal);
            }
        }
    }

    /// <summary>A copy of the operation's row as it is now, for images (only for messages that support them).</summary>
    private Entity? Snapshot(Operation op)
    {
        if (!MessageNames.SupportsImages(op.MessageName) || op.PrimaryEntityId == Guid.Empty)
        {
            return null;
        }

        var row = _core.Store.Find(op.PrimaryEntityName, op.PrimaryEntityId);
        return row is null ? null : ValueCopier.CopyEntity(row);
    }
}
