using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Plugins.Infrastructure;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Services;

/// <summary>
/// Re-ranks deals and brings their persisted <c>cen_contentsuggestion</c> rows up to date: the one
/// path every step that moves a ranking (a save, a win, a stakeholder or a process stage) goes through.
/// </summary>
public sealed class SuggestionRefresher
{
    private readonly SuggestionService _ranker;
    private readonly SuggestionWriter _writer;
    private readonly Action<string> _trace;

    /// <summary>Ranks through <paramref name="ranker"/> and persists through <paramref name="writer"/>.</summary>
    public SuggestionRefresher(SuggestionService ranker, SuggestionWriter writer, Action<string> trace)
    {
        _ranker = ranker;
        _writer = writer;
        _trace = trace;
    }

    /// <summary>
    /// For a plugin execution: ranks as the execution's user, because security decides what they
    /// see; writes as the system, because the rows are the product's own bookkeeping, which reps
    /// may not write directly.
    /// </summary>
    public static SuggestionRefresher For(ILocalPluginContext context)
    {
        var execution = context.ExecutionContext;
        return new SuggestionRefresher(
            new SuggestionService(context.UserService, context.ServiceFactory.CreateOrganizationService(null), execution.OrganizationId, execution.UserId, context.Trace),
            new SuggestionWriter(context.ServiceFactory.CreateOrganizationService(null)),
            context.Trace);
    }

    /// <summary>Refreshes one deal; returns the rows written, or null when it does not exist or cannot be read.</summary>
    public int? Refresh(Guid opportunityId, DateTime now)
    {
        var ranked = _ranker.Rank(opportunityId, now);
        if (ranked is null)
        {
            _trace(PluginTexts.OpportunityNotFound(opportunityId));
            return null;
        }

        var written = _writer.Write(ranked, now);
        _trace($"Wrote {written} suggestion rows for opportunity {opportunityId}.");
        return written;
    }

    /// <summary>Refreshes each distinct deal once; returns the rows written in all.</summary>
    public int RefreshAll(IEnumerable<Guid> opportunityIds, DateTime now) =>
        opportunityIds.Distinct().Sum(id => Refresh(id, now) ?? 0);
}
