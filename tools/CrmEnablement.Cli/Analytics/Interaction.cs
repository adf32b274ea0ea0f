using System;

namespace CrmEnablement.Cli.Analytics;

/// <summary>One row of the interactions CSV: what happened to a suggestion on a deal, and how the deal ended.</summary>
/// <param name="On">When it happened (UTC).</param>
/// <param name="OpportunityId">The deal.</param>
/// <param name="ContentId">The catalogue id (empty for a gap report).</param>
/// <param name="Action">What the rep did.</param>
/// <param name="User">Who did it; may be empty.</param>
/// <param name="Phase">The deal's journey phase then.</param>
/// <param name="Stage">The deal's sales stage then; may be empty.</param>
/// <param name="Industry">The deal's industry; may be empty.</param>
/// <param name="Outcome">Won, Lost, or null while the deal is open.</param>
internal sealed record Interaction(DateTime On, string OpportunityId, string ContentId, InteractionAction Action, string User, string Phase, string Stage, string Industry, string? Outcome)
{
    /// <summary>True when the rep put the item to use: opened, shared or copied it.</summary>
    public bool IsUse => Action == InteractionAction.Opened || Action == InteractionAction.Shared || Action == InteractionAction.Copied;
}
