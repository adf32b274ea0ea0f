using System;
using System.Linq;
using System.ServiceModel;
using LocalOrg.Diagnostics;
using LocalOrg.Faults;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Pipeline;

/// <summary>
/// Runs one plugin with a context: records the execution (trace, calls, outcome) and turns what the
/// plugin throws into what the caller would get from the platform: its own faults unchanged,
/// InvalidPluginExecutionException as IsvAborted with the plugin's message, anything else as
/// IsvUnExpected (the exception's text goes to the fault's TraceText). LocalOrg's own
/// NotSupportedException passes through untouched, so a missing feature is never mistaken for a plugin bug.
/// </summary>
internal sealed class StepRunner
{
    private readonly OrganizationCore _core;

    internal StepRunner(OrganizationCore core)
    {
        _core = core;
    }

    /// <param name="stepName">The name the execution is recorded under.</param>
    /// <param name="plugin">The plugin instance.</param>
    /// <param name="context">Its context.</param>
    /// <param name="job">The system job this run belongs to (async steps), which gets the execution before the plugin starts.</param>
    internal PluginExecution Run(string stepName, IPlugin plugin, LocalPluginExecutionContext context, SystemJob? job = null)
    {
        var execution = new PluginExecution(
            stepName,
            context.MessageName,
            context.PrimaryEntityName,
            context.PrimaryEntityId,
            context.Stage,
            (StepMode)context.Mode,
            context.Depth,
            context.UserId,
            context.InitiatingUserId,
            context.CorrelationId);
        _core.Executions.Add(execution);
        if (job != null)
        {
            job.Execution = execution;
        }

        var provider = new PluginServiceProvider(
            context,
            new PluginTracingService(execution, _core.TraceLog),
            new PluginServiceFactory(_core, context, execution));
        try
        {
            plugin.Execute(provider);
            return execution;
        }
        catch (NotSupportedException ex)
        {
            execution.ErrorMessage = ex.Message;
            throw;
        }
        catch (FaultException<OrganizationServiceFault> ex)
        {
            execution.ErrorMessage = ex.Detail.Message;
            throw;
        }
        catch (InvalidPluginExecutionException ex)
        {
            execution.ErrorMessage = ex.Message;
            throw _core.Faults.CreateWithTrace(ErrorCodes.IsvAborted, ex.Message, TraceText(execution, ex));
        }
        catch (Exception ex)
        {
            execution.ErrorMessage = ex.Message;
            throw _core.Faults.CreateWithTrace(ErrorCodes.IsvUnExpected, FaultMessages.UnexpectedPluginError, TraceText(execution, ex));
        }
    }

    private static string TraceText(PluginExecution execution, Exception ex) =>
        string.Join(Environment.NewLine, execution.Trace.Prepend($"{execution.StepName}: {ex.GetType().FullName}: {ex.Message}"));
}
