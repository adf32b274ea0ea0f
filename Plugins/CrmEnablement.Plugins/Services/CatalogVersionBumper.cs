using System.Globalization;
using CrmEnablement.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmEnablement.Plugins.Services;

/// <summary>Increments the <c>cen_CatalogVersion</c> environment variable so cached catalogues are rebuilt.</summary>
public sealed class CatalogVersionBumper
{
    private const string ValueAlias = "current";
    private readonly IOrganizationService _service;

    /// <summary>Writes through <paramref name="service"/>.</summary>
    public CatalogVersionBumper(IOrganizationService service)
    {
        _service = service;
    }

    /// <summary>Bumps the version and returns the new one; false when the definition is not installed.</summary>
    public bool TryBump(out long version)
    {
        version = 0;
        var query = new QueryExpression(EnvironmentVariableSchema.Definition) { ColumnSet = new ColumnSet(EnvironmentVariableSchema.DefaultValue), TopCount = 1 };
        query.Criteria.AddCondition(EnvironmentVariableSchema.SchemaName, ConditionOperator.Equal, EnvironmentVariableSchema.CatalogVersion);
        var value = query.AddLink(EnvironmentVariableSchema.Value, EnvironmentVariableSchema.DefinitionId, EnvironmentVariableSchema.DefinitionId, JoinOperator.LeftOuter);
        value.EntityAlias = ValueAlias;
        value.Columns = new ColumnSet(EnvironmentVariableSchema.ValueId, EnvironmentVariableSchema.ValueText);
        var rows = _service.RetrieveMultiple(query).Entities;
        if (rows.Count == 0)
        {
            return false;
        }

        var definition = rows[0];
        var current = definition.GetAttributeValue<AliasedValue>(ValueAlias + "." + EnvironmentVariableSchema.ValueText)?.Value as string
            ?? definition.GetAttributeValue<string>(EnvironmentVariableSchema.DefaultValue);
        long.TryParse(current, NumberStyles.Integer, CultureInfo.InvariantCulture, out version);
        version++;
        var text = version.ToString(CultureInfo.InvariantCulture);
        if (definition.GetAttributeValue<AliasedValue>(ValueAlias + "." + EnvironmentVariableSchema.ValueId)?.Value is System.Guid valueId)
        {
            var update = new Entity(EnvironmentVariableSchema.Value, valueId);
            update[EnvironmentVariableSchema.ValueText] = text;
            _service.Update(update);
        }
        else
        {
            var create = new Entity(EnvironmentVariableSchema.Value);
            create[EnvironmentVariableSchema.ValueText] = text;
            create[EnvironmentVariableSchema.DefinitionId] = new EntityReference(EnvironmentVariableSchema.Definition, definition.Id);
            _service.Create(create);
        }

        return true;
    }
}
