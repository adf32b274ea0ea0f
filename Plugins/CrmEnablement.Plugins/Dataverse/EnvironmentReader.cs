using System.Globalization;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmEnablement.Plugins.Dataverse;

/// <summary>Reads the settings and the catalogue version in one organization-service call.</summary>
public static class EnvironmentReader
{
    private const string ValueAlias = "current";

    /// <summary>One RetrieveMultiple: both definitions, each with its current value if an environment set one.</summary>
    public static EnvironmentSnapshot Read(IOrganizationService service)
    {
        var query = new QueryExpression(EnvironmentVariableSchema.Definition)
        {
            ColumnSet = new ColumnSet(EnvironmentVariableSchema.SchemaName, EnvironmentVariableSchema.DefaultValue),
        };
        query.Criteria.AddCondition(EnvironmentVariableSchema.SchemaName, ConditionOperator.In, EnvironmentVariableSchema.Settings, EnvironmentVariableSchema.CatalogVersion);
        var value = query.AddLink(EnvironmentVariableSchema.Value, EnvironmentVariableSchema.DefinitionId, EnvironmentVariableSchema.DefinitionId, JoinOperator.LeftOuter);
        value.EntityAlias = ValueAlias;
        value.Columns = new ColumnSet(EnvironmentVariableSchema.ValueText);

        string? settings = null;
        long version = 0;
        foreach (var row in service.RetrieveMultiple(query).Entities)
        {
            var current = row.GetAttributeValue<AliasedValue>(ValueAlias + "." + EnvironmentVariableSchema.ValueText)?.Value as string;
            var text = string.IsNullOrWhiteSpace(current) ? row.GetAttributeValue<string>(EnvironmentVariableSchema.DefaultValue) : current;
            if (row.GetAttributeValue<string>(EnvironmentVariableSchema.SchemaName) == EnvironmentVariableSchema.Settings)
            {
                settings = text;
            }
            else if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
            {
                version = parsed;
            }
        }

        return new EnvironmentSnapshot(settings, version);
    }
}
