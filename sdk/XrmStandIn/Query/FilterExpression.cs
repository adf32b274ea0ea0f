using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Conditions and child filters joined by And or Or.</summary>
public sealed class FilterExpression : IExtensibleDataObject
{
    /// <summary>Creates an And filter.</summary>
    public FilterExpression()
        : this(LogicalOperator.And)
    {
    }

    /// <summary>Creates a filter joined by <paramref name="filterOperator"/>.</summary>
    public FilterExpression(LogicalOperator filterOperator)
    {
        FilterOperator = filterOperator;
        Conditions = new DataCollection<ConditionExpression>();
        Filters = new DataCollection<FilterExpression>();
    }

    /// <summary>How conditions and child filters are joined.</summary>
    public LogicalOperator FilterOperator { get; set; }

    /// <summary>The conditions; the list itself cannot be replaced.</summary>
    public DataCollection<ConditionExpression> Conditions { get; private set; }

    /// <summary>The child filters; the list itself cannot be replaced.</summary>
    public DataCollection<FilterExpression> Filters { get; private set; }

    /// <summary>A hint passed to the database for this filter.</summary>
    public string FilterHint { get; set; }

    /// <summary>Whether this is the quick-find filter of a view.</summary>
    public bool IsQuickFindFilter { get; set; }

    /// <summary>Data the serializer did not recognise, kept for round trips.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Adds a condition.</summary>
    public void AddCondition(ConditionExpression condition) => Conditions.Add(condition);

    /// <summary>Adds a condition with any number of values.</summary>
    public void AddCondition(string attributeName, ConditionOperator conditionOperator, params object[] values) =>
        Conditions.Add(new ConditionExpression(attributeName, conditionOperator, values));

    /// <summary>Adds a condition on a column of a linked table with any number of values.</summary>
    public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values) =>
        Conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, values));

    /// <summary>Adds a condition with one value (or column).</summary>
    public void AddCondition(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value) =>
        Conditions.Add(new ConditionExpression(attributeName, conditionOperator, compareColumns, value));

    /// <summary>Adds a condition with values (or columns).</summary>
    public void AddCondition(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values) =>
        Conditions.Add(new ConditionExpression(attributeName, conditionOperator, compareColumns, values));

    /// <summary>Adds a condition on a column of a linked table with one value (or column).</summary>
    public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value) =>
        Conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, compareColumns, value));

    /// <summary>Adds a condition on a column of a linked table with values (or columns).</summary>
    public void AddCondition(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values) =>
        Conditions.Add(new ConditionExpression(entityName, attributeName, conditionOperator, compareColumns, values));

    /// <summary>Adds an empty child filter and returns it, to fill in.</summary>
    public FilterExpression AddFilter(LogicalOperator logicalOperator)
    {
        var child = new FilterExpression(logicalOperator);
        Filters.Add(child);
        return child;
    }

    /// <summary>Adds a child filter; null is ignored.</summary>
    public void AddFilter(FilterExpression childFilter)
    {
        if (childFilter != null)
        {
            Filters.Add(childFilter);
        }
    }
}
