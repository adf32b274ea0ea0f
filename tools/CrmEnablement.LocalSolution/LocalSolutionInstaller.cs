using System.Linq;
using CrmEnablement.Plugins;
using CrmEnablement.Plugins.Dataverse;
using LocalOrg;
using LocalOrg.Pipeline;
using Microsoft.Xrm.Sdk;
using LocalStep = LocalOrg.Pipeline.StepRegistration;

namespace CrmEnablement.LocalSolution;

/// <summary>
/// Puts into a LocalOrg organization what importing the solution puts into Dataverse: the alternate
/// keys, every plugin step and Custom API of <see cref="PluginCatalog"/>, and the environment
/// variable definitions. Tests, the sandbox and the benchmarks all install through here, so they
/// exercise exactly the registration the solution ships.
/// </summary>
public static class LocalSolutionInstaller
{
    /// <summary>Installs into <paramref name="organization"/>.</summary>
    public static InstalledSolution Install(LocalOrganization organization)
    {
        organization.DefineAlternateKey(ContentSchema.Table, ContentSchema.ExternalIdKey, ContentSchema.ExternalId);
        organization.DefineAlternateKey(SuggestionSchema.Table, SuggestionSchema.OpportunityContentKey, SuggestionSchema.Opportunity, SuggestionSchema.Content);
        foreach (var entry in PluginCatalog.Steps())
        {
            organization.RegisterStep(ToLocal(entry));
        }

        foreach (var entry in PluginCatalog.CustomApis())
        {
            organization.RegisterCustomApi(new CustomApiRegistration
            {
                UniqueName = entry.Step.Message,
                BoundEntityLogicalName = entry.Step.PrimaryEntity,
                IsFunction = true,
                RequiredParameters = CustomApiParameters.Of(entry.Step.Message).Keys.ToArray(),
                PluginType = entry.Plugin,
            });
        }

        var settings = organization.Seed(new Entity(EnvironmentVariableSchema.Definition)
        {
            [EnvironmentVariableSchema.SchemaName] = EnvironmentVariableSchema.Settings,
        }).Single();
        var version = organization.Seed(new Entity(EnvironmentVariableSchema.Definition)
        {
            [EnvironmentVariableSchema.SchemaName] = EnvironmentVariableSchema.CatalogVersion,
            [EnvironmentVariableSchema.DefaultValue] = "0",
        }).Single();
        return new InstalledSolution(settings, version);
    }

    /// <summary>Gives <c>cen_SuggestionSettings</c> a current value, as an admin does after import.</summary>
    public static void SetSettings(LocalOrganization organization, InstalledSolution installed, string json) =>
        organization.Seed(new Entity(EnvironmentVariableSchema.Value)
        {
            [EnvironmentVariableSchema.ValueText] = json,
            [EnvironmentVariableSchema.DefinitionId] = new EntityReference(EnvironmentVariableSchema.Definition, installed.SettingsDefinitionId),
        });

    private static LocalStep ToLocal(PluginStep entry) => new()
    {
        Name = $"{entry.Plugin.Name}: {entry.Step}",
        MessageName = entry.Step.Message,
        PrimaryEntityName = entry.Step.PrimaryEntity,
        Stage = (PluginStage)(int)entry.Step.Stage,
        Mode = (StepMode)(int)entry.Step.Mode,
        Rank = entry.Step.Rank,
        FilteringAttributes = entry.Step.FilteringAttributes,
        Images = entry.Step.Images.Select(image => new StepImage(image.Alias, (ImageType)(int)image.Type, image.Attributes.ToArray())).ToArray(),
        PluginType = entry.Plugin,
    };
}
