using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Plugins;
using CrmEnablement.Plugins.Dataverse;
using CrmEnablement.Plugins.Infrastructure;
using CrmEnablement.Plugins.Steps;
using LocalOrg;
using LocalOrg.Pipeline;
using LocalOrg.Security;
using LocalOrg.Time;
using Microsoft.Xrm.Sdk;
using LocalStep = LocalOrg.Pipeline.StepRegistration;

namespace CrmEnablement.Plugins.Tests.TestSupport;

/// <summary>
/// A LocalOrg organization set up as the solution installs it: alternate keys, the environment
/// variables, every plugin step from <see cref="PluginCatalog"/> and the Custom API; plus a rep
/// with the Enablement User role.
/// </summary>
internal sealed class Org
{
    /// <summary>The day every scenario happens on.</summary>
    public static readonly DateTime Now = new(2026, 11, 26, 9, 30, 0, DateTimeKind.Utc);

    public Org()
    {
        Clock = new ManualClock(Now);
        Local = new LocalOrganization(new LocalOrganizationOptions { Clock = Clock, OrganizationId = Guid.NewGuid() });
        Local.DefineAlternateKey(ContentSchema.Table, ContentSchema.ExternalIdKey, ContentSchema.ExternalId);
        Local.DefineAlternateKey(SuggestionSchema.Table, SuggestionSchema.OpportunityContentKey, SuggestionSchema.Opportunity, SuggestionSchema.Content);
        foreach (var entry in PluginCatalog.Steps())
        {
            Local.RegisterStep(ToLocal(entry));
        }

        Local.RegisterCustomApi(new CustomApiRegistration
        {
            UniqueName = MessageNames.GetContentSuggestions,
            IsFunction = true,
            RequiredParameters = new[] { GetContentSuggestionsPlugin.OpportunityIdParameter },
            PluginType = typeof(GetContentSuggestionsPlugin),
        });
        SettingsDefinition = Seed(new Entity(EnvironmentVariableSchema.Definition) { [EnvironmentVariableSchema.SchemaName] = EnvironmentVariableSchema.Settings });
        VersionDefinition = Seed(new Entity(EnvironmentVariableSchema.Definition)
        {
            [EnvironmentVariableSchema.SchemaName] = EnvironmentVariableSchema.CatalogVersion,
            [EnvironmentVariableSchema.DefaultValue] = "0",
        });
        RepId = Local.AddUser("Riley Rep", EnablementUser(PrivilegeDepth.Organization));
    }

    public ManualClock Clock { get; }
    public LocalOrganization Local { get; }
    public Guid SettingsDefinition { get; }
    public Guid VersionDefinition { get; }
    /// <summary>A rep who reads all content (Enablement User).</summary>
    public Guid RepId { get; }
    public IOrganizationService Admin => Local.Service;
    public IOrganizationService Rep => Local.CreateService(RepId);

    /// <summary>The Enablement User role; <paramref name="contentRead"/> is how far reading content reaches.</summary>
    public static SecurityRole EnablementUser(PrivilegeDepth contentRead)
    {
        var role = new SecurityRole("Enablement User").Grant(ContentSchema.Table, contentRead, Privilege.Read);
        foreach (var table in new[]
        {
            OpportunitySchema.Table, RelatedSchema.Account, RelatedSchema.Contact, RelatedSchema.Connection, RelatedSchema.ConnectionRole,
            RelatedSchema.SalesProcess, RelatedSchema.ProcessStage, EnvironmentVariableSchema.Definition, EnvironmentVariableSchema.Value,
            SuggestionSchema.Table,
        })
        {
            role.Grant(table, PrivilegeDepth.Organization, Privilege.Read);
        }

        // What a salesperson has out of the box on their deals and accounts.
        role.Grant(OpportunitySchema.Table, PrivilegeDepth.Organization, Privilege.Write, Privilege.Append, Privilege.AppendTo, Privilege.Create);
        role.Grant(RelatedSchema.Account, PrivilegeDepth.Organization, Privilege.AppendTo);
        role.Grant("opportunityclose", PrivilegeDepth.Organization, Privilege.Create, Privilege.Append);
        role.Grant(InteractionSchema.Table, PrivilegeDepth.User, Privilege.Create, Privilege.Read, Privilege.Append);
        role.Grant(ContentSchema.Table, contentRead, Privilege.AppendTo);
        return role;
    }

    public Guid Seed(Entity row) => Local.Seed(row).Single();

    /// <summary>Sets the settings environment variable's current value.</summary>
    public void SetSettings(string json) =>
        Seed(new Entity(EnvironmentVariableSchema.Value)
        {
            [EnvironmentVariableSchema.ValueText] = json,
            [EnvironmentVariableSchema.DefinitionId] = new EntityReference(EnvironmentVariableSchema.Definition, SettingsDefinition),
        });

    /// <summary>The rows of <paramref name="table"/> that belong to <paramref name="opportunityId"/>.</summary>
    public IReadOnlyList<Entity> RowsOf(string table, string lookup, Guid opportunityId) =>
        Local.Rows(table).Where(row => row.GetAttributeValue<EntityReference>(lookup)?.Id == opportunityId).ToList();

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
