using System;
using System.Collections.Generic;

namespace CrmEnablement.Engine.Model;

/// <summary>
/// One piece of enablement content as an enablement lead tagged it. Labels are canonical vocabulary
/// labels; an empty tag list means "generic" (every industry, role, phase, stage).
/// </summary>
public sealed record ContentItem
{
    public string Id { get; init; } = "";
    public string Title { get; init; } = "";
    public string Url { get; init; } = "";
    public string Summary { get; init; } = "";
    public string Kind { get; init; } = "";
    /// <summary>True for items meant for the rep only (training, playbooks), false for client-facing ones.</summary>
    public bool IsInternal { get; init; }
    public string? Medium { get; init; }
    public IReadOnlyList<string> Industries { get; init; } = Array.Empty<string>();
    public IReadOnlyList<string> BuyerRoles { get; init; } = Array.Empty<string>();
    public IReadOnlyList<string> Phases { get; init; } = Array.Empty<string>();
    public IReadOnlyList<string> SalesStages { get; init; } = Array.Empty<string>();
    public IReadOnlyList<string> Challenges { get; init; } = Array.Empty<string>();
    /// <summary>Language code such as "en"; null means any language.</summary>
    public string? Language { get; init; }
    public ContentStatus Status { get; init; }
    /// <summary>First day the item may be suggested; null means it has always been available.</summary>
    public DateTime? PublishedOn { get; init; }
    /// <summary>Last day the item may be suggested; null means it does not expire.</summary>
    public DateTime? ExpiresOn { get; init; }
    public string? Author { get; init; }
    public bool Pinned { get; init; }
    /// <summary>Id of the internal training item that refreshes the rep on this item.</summary>
    public string? RelatedTraining { get; init; }
    public int Helpful { get; init; }
    public int NotHelpful { get; init; }
}
