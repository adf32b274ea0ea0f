using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Settings;
using CrmEnablement.Plugins;
using CrmEnablement.Plugins.Dataverse;
using LocalOrg;
using LocalOrg.Ids;
using LocalOrg.Pipeline;
using Microsoft.Xrm.Sdk;
using LocalStep = LocalOrg.Pipeline.StepRegistration;

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
        Local.DefineAlternateKey(ContentSchema.Table, ContentSchema.ExternalIdKey, ContentSchema.ExternalId);
        Local.DefineAlternateKey(SuggestionSchema.Table, SuggestionSchema.OpportunityContentKey, SuggestionSchema.Opportunity, SuggestionSchema.Content);
        foreach (var entry in PluginCatalog.Steps())
        {
            Local.RegisterStep(ToLocal(entry));
        }

        foreach (var entry in PluginCatalog.CustomApis())
        {
            Local.RegisterCustomApi(new CustomApiRegistration
            {
                UniqueName = entry.Step.Message,
                BoundEntityLogicalName = entry.Step.PrimaryEntity,
                IsFunction = true,
                RequiredParameters = CustomApiParameters.Of(entry.Step.Message).Keys.ToArray(),
                PluginType = entry.Plugin,
            });
        }

        RepId = Local.AddUser(RepName, EnablementUserRole.Create());
    }

    /// <summary>The organization.</summary>
    public LocalOrganization Local { get; }

    /// <summary>Held while a request works with the organization, so one request's steps finish before the next starts.</summary>
    public object Gate { get; } = new();

    /// <summary>The signed-in rep (Enablement User).</summary>
    public Guid RepId { get; }

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
        Local.Seed(new Entity(EnvironmentVariableSchema.Definition, _ids.NewId())
        {
            [EnvironmentVariableSchema.SchemaName] = EnvironmentVariableSchema.CatalogVersion,
            [EnvironmentVariableSchema.DefaultValue] = "0",
        });
        var settingsDefinition = Local.Seed(new Entity(EnvironmentVariableSchema.Definition, _ids.NewId())
        {
            [EnvironmentVariableSchema.SchemaName] = EnvironmentVariableSchema.Settings,
        }).Single();
        if (data.SettingsJson is { } json)
        {
            Local.Seed(new Entity(EnvironmentVariableSchema.Value, _ids.NewId())
            {
                [EnvironmentVariableSchema.ValueText] = json,
                [EnvironmentVariableSchema.DefinitionId] = new EntityReference(EnvironmentVariableSchema.Definition, settingsDefinition),
            });
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

    private static LocalStep ToLocal(PluginStep entry) => new()
    {
        Name = $"{entry.Plugin.Name}: {entry.Step}",
        MessageName = entry.Step.Message,
        PrimaryEntityName = entry.Step.PrimaryEntity,
        Stage = (PluginStage)(int)entry.Step.Stage,
        Mode = (StepMode)(int)entry.Step.Mode,
        Rank = entry.Step.Rank,
        FilteringAttributes = entry.Step.FilteringAttributes,
        Images = entry.Step.Images.Select(image => new LocalOrg.Pipeline.StepImage(image.Alias, (LocalOrg.Pipeline.ImageType)(int)image.Type, image.Attributes.ToArray())).ToArray(),
        PluginType = entry.Plugin,
    };
}
