using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk.Query;

/// <summary>The columns a query or retrieve returns.</summary>
public sealed class ColumnSet : IExtensibleDataObject
{
    /// <summary>Creates a set of no columns.</summary>
    public ColumnSet()
    {
        Columns = new DataCollection<string>();
    }

    /// <summary>Creates a set of all columns (true) or none (false).</summary>
    public ColumnSet(bool allColumns)
        : this()
    {
        AllColumns = allColumns;
    }

    /// <summary>Creates a set of the named columns.</summary>
    public ColumnSet(params string[] columns)
        : this()
    {
        Columns.AddRange(columns);
    }

    /// <summary>Whether every column is returned, whatever <see cref="Columns"/> says.</summary>
    public bool AllColumns { get; set; }

    /// <summary>The named columns.</summary>
    /// <remarks>The decompiled assembly shows a public setter, Learn says "Gets": the setter is
    /// kept non-public so nothing here relies on it (what compiles here compiles there).</remarks>
    public DataCollection<string> Columns { get; private set; }

    /// <summary>Data the serializer did not recognise, kept for round trips.</summary>
    public ExtensionDataObject ExtensionData { get; set; }

    /// <summary>Adds one column.</summary>
    public void AddColumn(string column) => Columns.Add(column);

    /// <summary>Adds the named columns.</summary>
    public void AddColumns(params string[] columns) => Columns.AddRange(columns);
}
