using System.Collections.Generic;
using CrmEnablement.Engine.Ranking;

namespace CrmEnablement.Benchmarks.Baseline;

/// <summary>One item the naive ranker chose, with its score and the facets of its reasons.</summary>
/// <param name="ContentId">The chosen item's id.</param>
/// <param name="Score">The score in points (three decimals, as the engine's).</param>
/// <param name="Facets">The facet of each reason, in the engine's order: training first, then industry, roles, phase, stage, challenges, pin, feedback, freshness.</param>
/// <param name="Refreshes">For a refresher, the ids of the chosen client-facing items it refreshes, best first; otherwise empty.</param>
public sealed record NaiveSuggestion(string ContentId, decimal Score, IReadOnlyList<ReasonFacet> Facets, IReadOnlyList<string> Refreshes);
