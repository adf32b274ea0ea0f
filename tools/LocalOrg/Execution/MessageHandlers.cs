using System;
using System.Collections.Generic;
using LocalOrg.Faults;
using LocalOrg.Pipeline;

namespace LocalOrg.Execution;

/// <summary>The main operation of every message LocalOrg runs, by message name; Custom APIs are added as they are registered.</summary>
internal sealed class MessageHandlers
{
    private readonly OrganizationCore _core;
    private readonly Dictionary<string, IMessageHandler> _handlers = new(StringComparer.OrdinalIgnoreCase);

    internal MessageHandlers(OrganizationCore core)
    {
        _core = core;
        var rules = new WriteRules(core);
        var reciprocals = new ReciprocalConnections(core);
        _handlers[MessageNames.Create] = new CreateHandler(core, rules, reciprocals);
        _handlers[MessageNames.Update] = new UpdateHandler(core, rules, reciprocals);
        _handlers[MessageNames.Delete] = new DeleteHandler(core, reciprocals);
        _handlers[MessageNames.Retrieve] = new RetrieveHandler(core);
        _handlers[MessageNames.RetrieveMultiple] = new RetrieveMultipleHandler(core);
        _handlers[MessageNames.Upsert] = new UpsertHandler(core);
        _handlers[MessageNames.SetState] = new SetStateHandler(core);
        _handlers[MessageNames.Win] = new OpportunityCloseHandler(core, win: true);
        _handlers[MessageNames.Lose] = new OpportunityCloseHandler(core, win: false);
        _handlers[MessageNames.Associate] = new AssociationHandler(core, associate: true);
        _handlers[MessageNames.Disassociate] = new AssociationHandler(core, associate: false);
        _handlers[MessageNames.ExecuteMultiple] = new ExecuteMultipleHandler(core);
    }

    internal bool Has(string messageName) => _handlers.ContainsKey(messageName);

    internal void AddCustomApi(CustomApiRegistration api) => _handlers.Add(api.UniqueName, new CustomApiHandler(_core, api));

    internal IMessageHandler For(string messageName) =>
        _handlers.TryGetValue(messageName, out var handler)
            ? handler
            : throw _core.Faults.Create(ErrorCodes.NotSupported, FaultMessages.UnknownRequest, messageName);
}
