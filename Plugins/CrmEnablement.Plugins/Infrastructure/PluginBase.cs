using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Infrastructure;

/// <summary>
/// The contract every plugin follows: guard that the execution is one it is registered for,
/// trace entry and exit with the correlation id, and turn anything unexpected into an
/// <see cref="InvalidPluginExecutionException"/> with a plain message. Stateless: the platform
/// reuses one instance across threads, so nothing per-execution is kept in fields.
/// </summary>
public abstract class PluginBase : IPlugin
{
    /// <summary>The steps (or Custom API) this plugin is registered for.</summary>
    public abstract IReadOnlyList<StepRegistration> Registrations { get; }

    /// <summary>The plugin's name in traces and messages.</summary>
    protected string Name => GetType().Name;

    /// <inheritdoc />
    public void Execute(IServiceProvider serviceProvider)
    {
        // Built inside the try: whatever fails while resolving the platform's services reaches the
        // person as a plain message too, not as a raw exception.
        LocalPluginContext? local = null;
        try
        {
            local = new LocalPluginContext(serviceProvider);
            var context = local.ExecutionContext;
            local.Trace(PluginTexts.Entered(Name, context.CorrelationId, context.InitiatingUserId));
            if (!Registrations.Any(step => step.Matches(context)))
            {
                local.Trace(PluginTexts.NotRegistered(Name, context.MessageName, context.PrimaryEntityName, context.Stage, context.Mode));
                return;
            }

            ExecutePlugin(local);
        }
        catch (InvalidPluginExecutionException)
        {
            throw;
        }
        catch (Exception error)
        {
            // The details go to the trace log; the person sees a plain message they can act on.
            if (local is null)
            {
                throw new InvalidPluginExecutionException(PluginTexts.CouldNotStart(Name), error);
            }

            local.Trace($"{Name} failed: {error}");
            throw new InvalidPluginExecutionException(PluginTexts.Unexpected(Name, local.ExecutionContext.CorrelationId), error);
        }
        finally
        {
            local?.Trace(PluginTexts.Exiting(Name));
        }
    }

    /// <summary>The plugin's work, for an execution it is registered for.</summary>
    protected abstract void ExecutePlugin(ILocalPluginContext context);
}
