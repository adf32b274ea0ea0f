using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Settings;
using CrmEnablement.Plugins;
using CrmEnablement.LocalSolution;
using CrmEnablement.Plugins.Dataverse;
using LocalOrg;
using LocalOrg.Ids;
using LocalOrg.Pipeline;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Cli.Sandbox;

/// <summary>
/// A LocalOrg organization set up as the solution installs it — alternate keys, the two
/// environment variables, every plugin step and Custom API of <see cref="PluginCatalog"/> — with a
/// signed-in rep (Enablement User), the catalogue and the deals loaded, and the asynchronous
/// steps run so suggestion rows exist.
/// </summary>
public sealed class SandboxOrganization
{
    /// <summary>The rep the harness acts as.</summary>
    public const string RepName = "Riley Rep";

    private readonly IIdGenerator _ids = new RandomIdGenerator();
    private readonly List<SandboxDealInfo> _deals = new();
    private readonly InstalledSolution _installed;

    private SandboxOrganization(LocalOrg.Time.IClock clock, EngineSettings settings)
    {
        Settings = settings;
        // Its own organization id, so the plugins' process-wide catalogue cache never mixes two sandboxes.
        Local = new LocalOrganization(new LocalOrganizationOptions
        {
            Clock = clock,
            IdGenerator = _ids,
            OrganizationId = Guid.NewGuid(),
            OrganizationName = "sandbox",
        });
        _installed = LocalSolutionInstaller.Install(Local);
        RepId = Local.AddUser(RepName, EnablementUserRole.Create());
    }

    /// <summary>The organization.</summary>
    public LocalOrganization Local { get; }

    /// <summary>Held while a request works with the organization, so one request's steps finish before the next starts.</summary>
    public object Gate { get; } = new();

    /// <summary>The signed-in rep (Enablement User).</summary>
    public Guid RepId { get; }

    /// <summary>The rep's user interface language (a Dataverse language id), as the form hands it to the panel.</summary>
    public int RepLanguageId { get; set; } = EnglishLanguageId;

    /// <summary>English (United States), the language the rep has unless told otherwise.</summary>
    public const int EnglishLanguageId = 1033;

    /// <summary>The settings the environment variable holds.</summary>
    public EngineSettings Settings { get; }

    /// <summary>The deals, in file order.</summary>
    public IReadOnlyList<SandboxDealInfo> Deals => _deals;

    /// <summary>A service acting as the rep, through the plugin pipeline.</summary>
    public IOrganizationService Rep => Local.CreateService(RepId);

    /// <summary>Builds the organization and loads <paramref name="data"/> into it.</summary>
    /// <param name="data">The catalogue, deals and settings.</param>
    /// <param name="clock">The organization's clock (the Custom API ranks for its day).</param>
    /// <param name="warnings">Told what could not be loaded as given.</param>
    public static SandboxOrganization Create(SandboxData data, LocalOrg.Time.IClock clock, Action<string> warnings)
    {
        var org = new SandboxOrganization(clock, data.Settings);
        org.Load(data, warnings);
        return org;
    }

    /// <summary>Runs the queued asynchronous steps now, as the platform's async service soon would, and forgets their history.</summary>
    public void RunAsyncSteps()
    {
        Local.DrainAsync();
        // A long-running sandbox keeps no history it never reads.
        Local.ClearHistory();
        Local.Calls.Reset();
        Local.Writes.Reset();
    }

    private void Load(SandboxData data, Action<string> warnings)
    {
        if (data.SettingsJson is { } json)
        {
            LocalSolutionInstaller.SetSettings(Local, _installed, json);
        }

        // The catalogue is in place before the sandbox starts, as after `cen catalog import`.
        var content = ContentRows.Build(data.Catalog, data.Settings.Vocabularies, _ids.NewId);
        Local.Seed(content.ToArray());
        var contentIds = content.ToDictionary(row => row.GetAttributeValue<string>(ContentSchema.ExternalId), row => row.Id, StringComparer.Ordinal);

        var builder = new DealRows(data.Settings, _ids.NewId, contentIds);
        var deals = data.Opportunities.Select(builder.Build).ToArray();
        Local.Seed(builder.Shared.ToArray());
        var rep = Rep;
        foreach (var deal in deals)
        {
            // The rep creates and so owns every deal; its dismissed rows are the rep's, as the plugins make them.
            foreach (var suggestion in deal.Related.Where(row => row.LogicalName == SuggestionSchema.Table))
            {
                suggestion[SuggestionSchema.Owner] = new EntityReference(RelatedSchema.SystemUser, RepId);
            }

            Local.Seed(deal.Related.ToArray());
            // Created by the rep through the pipeline, so the plugins suggest content as in Dataverse.
            rep.Create(deal.Opportunity);
            _deals.Add(new SandboxDealInfo(deal.Id, deal.FileId, deal.Opportunity.GetAttributeValue<string>(OpportunitySchema.Name)));
        }

        foreach (var warning in builder.Warnings)
        {
            warnings(warning);
        }

        RunAsyncSteps();
    }
}
