using System;

namespace CrmEnablement.Plugins.Infrastructure;

/// <summary>Every message a plugin shows or traces, in one place so tests assert on the same text.</summary>
public static class PluginTexts
{
    public const string NoServiceProvider = "CrmEnablement: the platform gave the plugin no service provider.";
    public const string SaveFirst = "Save the opportunity to see suggestions.";

    public static string MissingService(string name) => $"CrmEnablement: the platform gave the plugin no {name}.";

    public static string Unexpected(string plugin, Guid correlationId) =>
        $"CrmEnablement could not finish ({plugin}). Try again; if it keeps failing, give your administrator this correlation id: {correlationId}.";

    /// <summary>For a failure before the execution context and tracer were in hand, so there is no correlation id to give.</summary>
    public static string CouldNotStart(string plugin) =>
        $"CrmEnablement could not start ({plugin}). Try again; if it keeps failing, tell your administrator the time it happened.";

    public static string Entered(string plugin, Guid correlationId, Guid initiatingUser) =>
        $"Entered {plugin}, correlation id {correlationId}, initiating user {initiatingUser}.";

    public static string Exiting(string plugin) => $"Exiting {plugin}.";

    public static string NotRegistered(string plugin, string message, string table, int stage, int mode) =>
        $"{plugin} is not registered for {message} of {table} at stage {stage}, mode {mode}; nothing done.";

    public static string OpportunityNotFound(Guid id) =>
        $"The opportunity {id} does not exist, or you do not have permission to read it.";

    public static string MissingParameter(string name) => $"The request needs the parameter {name}.";

    public static string DealNotClosed(System.Guid opportunityId) =>
        $"Opportunity {opportunityId} is not won or lost (any more), so no outcome was stamped.";

    public static string BadSettings(string problems) =>
        $"The cen_SuggestionSettings environment variable is invalid, so default settings are used: {problems}";
}
