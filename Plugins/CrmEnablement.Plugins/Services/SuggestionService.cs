using System;
using CrmEnablement.Engine.Vocabularies;
using CrmEnablement.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Services;

/// <summary>
/// Ranks content for one opportunity as the calling user. Warm, it makes three organization-service
/// calls: the environment variables, the opportunity (with owner, account, process stage and dismissals)
/// and its stakeholders; cold, it also reads the catalogue.
/// </summary>
public sealed class SuggestionService
{
    private readonly IOrganizationService _service;
    private readonly Guid _organizationId;
    private readonly Guid _userId;
    private readonly Action<string> _trace;

    /// <summary>Creates the service for one execution.</summary>
    public SuggestionService(IOrganizationService service, Guid organizationId, Guid userId, Action<string> trace)
    {
        _service = service;
        _organizationId = organizationId;
        _userId = userId;
        _trace = trace;
    }

    /// <summary>The ranking as of <paramref name="now"/>, or null when the deal does not exist or cannot be read.</summary>
    public RankedOpportunity? Rank(Guid opportunityId, DateTime now)
    {
        var environment = EnvironmentReader.Read(_service);
        var snapshot = CatalogCache.Get(_organizationId, _userId, environment, now, () =>
        {
            _trace($"Loading the catalogue (version {environment.CatalogVersion}).");
            return CatalogLoader.Load(_service, SettingsLoader.Load(environment.SettingsJson, _trace), environment, now);
        });

        // A snapshot is reused only while the settings text is unchanged, so the settings it was
        // built with are the current ones: the warm path parses nothing.
        var settings = snapshot.Index.Settings;

        var row = OpportunityReader.Read(_service, opportunityId);
        if (row is null)
        {
            return null;
        }

        var stakeholders = StakeholderReader.Read(_service, opportunityId, settings.Vocabularies[Facet.BuyerRole]);
        var profile = ProfileBuilder.Build(row, stakeholders, settings, snapshot);
        var ranking = snapshot.Ranker.Rank(profile, now);
        _trace($"Ranked {ranking.Suggestions.Count} suggestions for phase {ranking.Phase} from {snapshot.Index.Count} items.");
        return new RankedOpportunity(row, profile, ranking, snapshot, settings);
    }
}
