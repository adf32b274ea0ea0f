using System.Collections;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>One comparison of a column against values (or, with compareColumns, another column).</summary>
/// <remarks>The twelve constructors mirror the real overload set exactly — <c>object</c>,
/// <c>params object[]</c>, <c>object[]</c> and <c>ICollection</c> — because which one a call binds
/// to decides whether a list becomes one value or many.</remarks>
public sealed class ConditionExpression : IExtensibleDataObject
{
    /// <summary>Creates an empty condition.</summary>
    public ConditionExpression()
    {
        Values = new DataCollection<object>();
    }

    /// <summary>Creates a condition that takes no value, e.g. Null.</summary>
    public ConditionExpression(string attributeName, ConditionOperator conditionOperator)
        : this(null, attributeName, conditionOperator, false, (object[])null)
    {
    }

    /// <summary>Creates a condition with one value.</summary>
    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, object value)
        : this(null, attributeName, conditionOperator, false, value)
    {
    }

    /// <summary>Creates a condition with any number of values.</summary>
    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, params object[] values)
        : this(null, attributeName, conditionOperator, false, values)
    {
    }

    /// <summary>Creates a condition whose values are the items of <paramref name="values"/>.</summary>
    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, ICollection values)
        : this(null, attributeName, conditionOperator, false, (object[])null)
    {
        if (values != null)
        {
            foreach (var value in values)
            {
                Values.Add(value);
            }
        }
    }

    /// <summary>Creates a condition on a column of a linked table, taking no value.</summary>
    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator)
        : this(entityName, attributeName, conditionOperator, false, (object[])null)
    {
    }

    /// <summary>Creates a condition on a column of a linked table with one value.</summary>
    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, object value)
        : this(entityName, attributeName, conditionOperator, false, value)
    {
    }

    /// <summary>Creates a condition on a column of a linked table with any number of values.</summary>
    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, params object[] values)
        : this(entityName, attributeName, conditionOperator, false, values)
    {
    }

    /// <summary>Creates a condition with one value, or against another column when
    /// <paramref name="compareColumns"/> is true.</summary>
    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
        : this(null, attributeName, conditionOperator, compareColumns, value)
    {
    }

    /// <summary>Creates a condition with values, or against other columns when
    /// <paramref name="compareColumns"/> is true.</summary>
    public ConditionExpression(string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
        : this(null, attributeName, conditionOperator, compareColumns, values)
    {
    }

    /// <summary>Creates a condition on a column of a linked table with one value (or column).</summary>
    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object value)
        : this(entityName, attributeName, conditionOperator, compareColumns, new[] { value })
    {
    }

    /// <summary>Creates a condition on a column of a linked table with values (or columns).</summary>
    public ConditionExpression(string entityName, string attributeName, ConditionOperator conditionOperator, bool compareColumns, object[] values)
        : this()
    {
        EntityName = entityName;
        AttributeName = attributeName;
        Operator = conditionOperator;
        CompareColumns = compareColumns;
        Values.AddRange(values);
    }

    /// <summary>The column compared.</summary>
    public string AttributeName { get; set; }

    /// <summary>The comparison.</summary>
    public ConditionOperator Operator { get; set; }

    /// <summary>The values (or column names); the list itself cannot be replaced.</summary>
    public DataCollection<object> Values { get; private set; }

    /// <summary>The alias of the linked table the column belongs to, if not the query's own.</summary>
    public string EntityName { get; set; }

    /// <summary>Whether <see cref="Values"/> name columns to compare against.</summary>
    public bool CompareColumns { get; set; }

    /// <summary>Data the serializer did not recognise, kept for round trips.</summary>
    public ExtensionDataObject ExtensionData { get; set; }
}
