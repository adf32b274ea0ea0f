using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Dataverse;

/// <summary>What one query returns about an opportunity: its columns, its account's industry, its process stage and its dismissals.</summary>
public sealed record OpportunityRow
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    /// <summary>The deal's owner (a user or a team).</summary>
    public EntityReference? Owner { get; init; }
    public OptionSetValue? SalesStage { get; init; }
    public int State { get; init; }
    public OptionSetValue? PhaseOverride { get; init; }
    public OptionSetValueCollection? BuyerRoles { get; init; }
    public OptionSetValueCollection? Challenges { get; init; }
    /// <summary>The customer's language tag, or null for any.</summary>
    public string? Language { get; init; }
    /// <summary>The account's <c>industrycode</c> value (the parent account, else the customer when it is an account).</summary>
    public int? IndustryCode { get; init; }
    /// <summary>The active business process stage's name, when a process flow runs.</summary>
    public string? ProcessStageName { get; init; }
    /// <summary>Content rows the rep dismissed for this deal.</summary>
    public IReadOnlyList<Guid> DismissedContent { get; init; } = new Guid[0];
}
