using CrmEnablement.Engine.Catalog;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>An option value of a content row that no label of the vocabularies has.</summary>
/// <param name="ExternalId">The row's catalogue id.</param>
/// <param name="Facet">The vocabulary that lacks the value.</param>
/// <param name="Column">The environment's column, e.g. <c>cen_medium</c>.</param>
/// <param name="Value">The option value as the environment gave it.</param>
internal sealed record UnknownOption(string ExternalId, Facet Facet, string Column, string Value)
{
    /// <summary>The catalogue CSV column the value belongs in.</summary>
    public string CatalogColumn => Facet switch
    {
        Facet.Industry => CatalogColumns.Industries,
        Facet.BuyerRole => CatalogColumns.BuyerRoles,
        Facet.Phase => CatalogColumns.Phases,
        Facet.SalesStage => CatalogColumns.SalesStages,
        Facet.Challenge => CatalogColumns.Challenges,
        Facet.Kind => CatalogColumns.Kind,
        Facet.Audience => CatalogColumns.Audience,
        Facet.Medium => CatalogColumns.Medium,
        _ => CatalogColumns.Status,
    };

    /// <summary>The warning the reports give, which use the row with that cell empty.</summary>
    public string Warning => CliMessages.UnknownOptionValue(ExternalId, Column, Value);
}
