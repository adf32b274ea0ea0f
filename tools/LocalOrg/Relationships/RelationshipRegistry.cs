using System;
using System.Collections.Generic;

namespace LocalOrg.Relationships;

/// <summary>The relationships defined on the organization, by schema name.</summary>
internal sealed class RelationshipRegistry
{
    private readonly Dictionary<string, RelationshipDefinition> _definitions = new(StringComparer.OrdinalIgnoreCase);

    internal void Add(RelationshipDefinition definition) => _definitions.Add(definition.SchemaName, definition);

    internal RelationshipDefinition? Find(string? schemaName) =>
        schemaName != null && _definitions.TryGetValue(schemaName, out var definition) ? definition : null;
}
