using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>A row of a table: its logical name, id and column values.</summary>
/// <remarks>Not sealed and with virtual <see cref="Id"/> and <see cref="GetAttributeValue{T}"/>,
/// because early-bound classes derive from it. Equality is by reference, as in the real SDK.</remarks>
public class Entity : IExtensibleDataObject
{
    private AttributeCollection _attributes;
    private FormattedValueCollection _formattedValues;
    private RelatedEntityCollection _relatedEntities;
    private KeyAttributeCollection _keyAttributes;

    /// <summary>Creates a row of no table yet.</summary>
    public Entity()
    {
    }

    /// <summary>Creates a new row of <paramref name="entityName"/>.</summary>
    public Entity(string entityName)
    {
        LogicalName = entityName;
    }

    /// <summary>Creates a row of <paramref name="entityName"/> with a known id.</summary>
    public Entity(string entityName, Guid id)
    {
        LogicalName = entityName;
        Id = id;
    }

    /// <summary>Creates a row identified by an alternate key.</summary>
    public Entity(string entityName, KeyAttributeCollection keyAttributes)
    {
        LogicalName = entityName;
        KeyAttributes = keyAttributes;
    }

    /// <summary>Creates a row identified by a one-column alternate key.</summary>
    public Entity(string entityName, string keyName, object keyValue)
    {
        LogicalName = entityName;
        KeyAttributes.Add(keyName, keyValue);
    }

    /// <summary>The column values, keyed by logical name (created on first use).</summary>
    public AttributeCollection Attributes
    {
        get => _attributes ??= new AttributeCollection();
        set => _attributes = value;
    }

    /// <summary>Change tracking state, used by the service context.</summary>
    public EntityState? EntityState { get; set; }

    /// <summary>Data the serializer did not recognise, kept for round trips.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Display text of the values, filled by the server on reads.</summary>
    public FormattedValueCollection FormattedValues
    {
        get => _formattedValues ??= new FormattedValueCollection();
        internal set => _formattedValues = value;
    }

    /// <summary>The row id; <see cref="Guid.Empty"/> until known.</summary>
    public virtual Guid Id { get; set; }

    /// <summary>The value of a column.</summary>
    /// <exception cref="KeyNotFoundException">Reading a column that is not present.</exception>
    public object this[string attributeName]
    {
        get => Attributes[attributeName];
        set => Attributes[attributeName] = value;
    }

    /// <summary>The alternate key that identifies the row, if any (created on first use).</summary>
    public KeyAttributeCollection KeyAttributes
    {
        get => _keyAttributes ??= new KeyAttributeCollection();
        set => _keyAttributes = value;
    }

    /// <summary>The table's logical name.</summary>
    public string LogicalName { get; set; }

    /// <summary>Related rows returned with the row or sent with a deep insert.</summary>
    public RelatedEntityCollection RelatedEntities
    {
        get => _relatedEntities ??= new RelatedEntityCollection();
        internal set => _relatedEntities = value;
    }

    /// <summary>The row version, for optimistic concurrency.</summary>
    public string RowVersion { get; set; }

    /// <summary>Whether a value for the column is present (null counts as present).</summary>
    public bool Contains(string attributeName) => Attributes.Contains(attributeName);

    /// <summary>The column's value as <typeparamref name="T"/>; default when the column is
    /// absent or null.</summary>
    /// <exception cref="ArgumentNullException">The name is null or white space.</exception>
    /// <exception cref="InvalidCastException">The value is not a <typeparamref name="T"/>.</exception>
    public virtual T GetAttributeValue<T>(string attributeLogicalName)
    {
        var value = ValueOrNull(attributeLogicalName);
        return value == null ? default : (T)value;
    }

    /// <summary>Reads the column's value as <typeparamref name="T"/> without throwing: false when
    /// it is absent, null or cannot be converted.</summary>
    public bool TryGetAttributeValue<T>(string attributeKey, out T result)
    {
        result = default;
        if (string.IsNullOrWhiteSpace(attributeKey) || !Attributes.TryGetValue(attributeKey, out var value) || value == null)
        {
            return false;
        }

        if (value is T typed)
        {
            result = typed;
            return true;
        }

        return EntityValueConverter.TryConvert(value, out result);
    }

    /// <summary>Copies the row into a <typeparamref name="T"/> (an early-bound class or
    /// <see cref="Entity"/>); the copy shares this row's collections.</summary>
    /// <exception cref="NotSupportedException">The row belongs to another table than
    /// <typeparamref name="T"/>.</exception>
    public T ToEntity<T>()
        where T : Entity
    {
        if (typeof(T) == typeof(Entity))
        {
            var copy = new Entity();
            ShallowCopyTo(copy);
            return (T)copy;
        }

        // The real SDK reads [EntityLogicalName] from T; that attribute is outside the stand-in's
        // surface, so the table name an early-bound constructor sets is checked instead.
        if (string.IsNullOrWhiteSpace(LogicalName))
        {
            throw new NotSupportedException("LogicalName must be set before calling ToEntity().");
        }

        var target = Activator.CreateInstance<T>();
        if (!string.IsNullOrEmpty(target.LogicalName) && !string.Equals(target.LogicalName, LogicalName, StringComparison.Ordinal))
        {
            throw new NotSupportedException("Cannot convert entity " + LogicalName + " to " + target.LogicalName + ".");
        }

        ShallowCopyTo(target);
        return target;
    }

    /// <summary>A reference to this row (table, id and row version).</summary>
    public EntityReference ToEntityReference() => new EntityReference(LogicalName, Id) { RowVersion = RowVersion };

    /// <summary>The display text of a column's value, or null.</summary>
    protected virtual string GetFormattedAttributeValue(string attributeLogicalName)
    {
        RequireName(attributeLogicalName, nameof(attributeLogicalName));
        return FormattedValues.TryGetValue(attributeLogicalName, out var text) ? text : null;
    }

    /// <summary>Sets a column's value (used by early-bound property setters).</summary>
    protected virtual void SetAttributeValue(string attributeLogicalName, object value)
    {
        RequireName(attributeLogicalName, nameof(attributeLogicalName));
        this[attributeLogicalName] = value;
    }

    /// <summary>The first related row through a relationship, or null.</summary>
    protected virtual TEntity GetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole)
        where TEntity : Entity
    {
        var rows = RelatedRows(relationshipSchemaName, primaryEntityRole);
        return rows == null ? null : (TEntity)rows.Entities.FirstOrDefault();
    }

    /// <summary>The related rows through a relationship, or null when none were set.</summary>
    protected virtual IEnumerable<TEntity> GetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole)
        where TEntity : Entity
    {
        return RelatedRows(relationshipSchemaName, primaryEntityRole)?.Entities.Cast<TEntity>();
    }

    /// <summary>Sets the one related row through a relationship; null removes it.</summary>
    protected virtual void SetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, TEntity entity)
        where TEntity : Entity
    {
        SetRelatedEntities(relationshipSchemaName, primaryEntityRole, entity == null ? null : new[] { entity });
    }

    /// <summary>Sets the related rows through a relationship; null removes them.</summary>
    /// <exception cref="ArgumentException">A row has no logical name.</exception>
    protected virtual void SetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, IEnumerable<TEntity> entities)
        where TEntity : Entity
    {
        var key = RelationshipKey(relationshipSchemaName, primaryEntityRole);
        if (entities == null)
        {
            RelatedEntities.Remove(key);
            return;
        }

        var rows = new List<Entity>(entities);
        if (rows.Any(row => string.IsNullOrWhiteSpace(row.LogicalName)))
        {
            throw new ArgumentException("A related entity has no LogicalName.", nameof(entities));
        }

        RelatedEntities[key] = new EntityCollection(rows) { EntityName = rows.Count == 0 ? null : rows[0].LogicalName };
    }

    private object ValueOrNull(string attributeLogicalName)
    {
        RequireName(attributeLogicalName, nameof(attributeLogicalName));
        return Attributes.TryGetValue(attributeLogicalName, out var value) ? value : null;
    }

    private EntityCollection RelatedRows(string relationshipSchemaName, EntityRole? primaryEntityRole)
    {
        var key = RelationshipKey(relationshipSchemaName, primaryEntityRole);
        return RelatedEntities.TryGetValue(key, out var rows) ? rows : null;
    }

    private static Relationship RelationshipKey(string relationshipSchemaName, EntityRole? primaryEntityRole)
    {
        RequireName(relationshipSchemaName, nameof(relationshipSchemaName));
        return new Relationship(relationshipSchemaName) { PrimaryEntityRole = primaryEntityRole };
    }

    private static void RequireName(string name, string parameterName)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentNullException(parameterName);
        }
    }

    private void ShallowCopyTo(Entity target)
    {
        target.LogicalName = LogicalName;
        target.Id = Id;
        target.EntityState = EntityState;
        target.Attributes = Attributes;
        target.FormattedValues = FormattedValues;
        target.RelatedEntities = RelatedEntities;
        target.KeyAttributes = KeyAttributes;
        target.RowVersion = RowVersion;
        target.ExtensionData = ExtensionData;
    }
}
