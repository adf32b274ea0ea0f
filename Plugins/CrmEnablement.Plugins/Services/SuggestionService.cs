using System;
using System.Linq;
using CrmEnablement.Engine.Vocabularies;
using CrmEnablement.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Services;

/// <summary>
/// Ranks content for one opportunity as the calling user. Warm, it makes three organization-service
/// calls: the environment variables, the opportunity (with owner, account, process stage and dismissals)
/// and its stakeholders. Cold, it also reads the catalogue (as the system, shared by every user of
/// the organization) and the ids of the rows this user can read (as the user): content the user
/// cannot read is never suggested to them.
/// </summary>
public sealed class SuggestionService
{
    private readonly IOrganizationService _service;
    private readonly IOrganizationService _system;
    private readonly Guid _organizationId;
    private readonly Guid _userId;
    private readonly Action<string> _trace;

    /// <summary>Creates the service for one execution.</summary>
    /// <param name="service">The calling user's service: every read that decides what they see.</param>
    /// <param name="system">The system's service: only the shared catalogue is read through it.</param>
    /// <param name="organizationId">The organization, for the catalogue cache.</param>
    /// <param name="userId">The calling user, for their readable set.</param>
    /// <param name="trace">The tracing service.</param>
    public SuggestionService(IOrganizationService service, IOrganizationService system, Guid organizationId, Guid userId, Action<string> trace)
    {
        _service = service;
        _system = system;
        _organizationId = organizationId;
        _userId = userId;
        _trace = trace;
    }

    /// <summary>The ranking as of <paramref name="now"/>, or null when the deal does not exist or cannot be read.</summary>
    public RankedOpportunity? Rank(Guid opportunityId, DateTime now)
    {
        var environment = EnvironmentReader.Read(_service);
        var snapshot = CatalogCache.Get(_organizationId, environment, now, () =>
        {
            _trace($"Loading the catalogue (version {environment.CatalogVersion}).");
            return CatalogLoader.Load(_system, SettingsLoader.Load(environment.SettingsJson, _trace), environment, now);
        });
        var readable = CatalogCache.ReadableBy(_organizationId, _userId, snapshot.Version, now, () =>
        {
            _trace("Reading which content the user can see.");
            return CatalogLoader.ReadableIds(_service, snapshot.Index.Settings.Vocabularies);
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
        var hidden = readable.HiddenIn(snapshot);
        var ranking = snapshot.Ranker.Rank(hidden.Count == 0 ? profile : profile with { Dismissed = profile.Dismissed.Concat(hidden).ToArray() }, now);
        _trace($"Ranked {ranking.Suggestions.Count} suggestions for phase {ranking.Phase} from {snapshot.Index.Count} items.");
        return new RankedOpportunity(row, profile, ranking, snapshot, settings);
    }
}
