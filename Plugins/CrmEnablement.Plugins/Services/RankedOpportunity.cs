using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Settings;
using CrmEnablement.Plugins.Dataverse;

namespace CrmEnablement.Plugins.Services;

/// <summary>A deal's ranking together with what it was computed from.</summary>
public sealed record RankedOpportunity(OpportunityRow Row, OpportunityProfile Profile, OpportunityRanking Ranking, CatalogSnapshot Snapshot, EngineSettings Settings);
