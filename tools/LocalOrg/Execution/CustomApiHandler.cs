using System;
using LocalOrg.Faults;
using LocalOrg.Pipeline;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Execution;

/// <summary>
/// A Custom API's main operation: checks the required parameters, then runs its plugin at stage 30
/// with the request's parameters as InputParameters; what the plugin puts in OutputParameters is the
/// response's Results. Steps registered on the API's name run around it as for any message.
/// </summary>
internal sealed class CustomApiHandler : IMessageHandler
{
    private readonly OrganizationCore _core;
    private readonly CustomApiRegistration _api;
    private IPlugin? _plugin;

    internal CustomApiHandler(OrganizationCore core, CustomApiRegistration api)
    {
        _core = core;
        _api = api;
    }

    public void Prepare(Operation op)
    {
        foreach (var name in _api.RequiredParameters)
        {
            if (!op.InputParameters.TryGetValue(name, out var value) || value is null)
            {
                throw _core.Faults.Create(ErrorCodes.InvalidArgument, FaultMessages.MissingParameter, name, op.MessageName);
            }
        }

        if (_api.BoundEntityLogicalName is { } table)
        {
            var target = RequestReader.Require<EntityReference>(op, RequestReader.Target, _core.Faults);
            op.PrimaryEntityName = table;
            op.PrimaryEntityId = target.Id;
        }
    }

    public void Execute(Operation op)
    {
        var plugin = Plugin();
        if (plugin != null)
        {
            _core.Runner.Run(_api.UniqueName, plugin, _core.Contexts.ForMainOperation(op));
        }
    }

    public OrganizationResponse CreateResponse() => new();

    /// <summary>Made on first use and reused, like step plugins (a Custom API has no step configuration, so both strings are null).</summary>
    private IPlugin? Plugin()
    {
        if (_plugin is null && _api.Plugin != null)
        {
            _plugin = _api.Plugin();
        }
        else if (_plugin is null && _api.PluginType != null)
        {
            var constructor = RegisteredStep.ConstructorOf(_api.PluginType, null, null)
                ?? throw new InvalidOperationException(string.Format(System.Globalization.CultureInfo.InvariantCulture, FaultMessages.NoPluginConstructor, _api.PluginType.FullName));
            _plugin = constructor();
        }

        return _plugin;
    }
}
