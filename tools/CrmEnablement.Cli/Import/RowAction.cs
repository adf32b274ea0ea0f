namespace CrmEnablement.Cli.Import;

/// <summary>What an import does to one row, decided by comparing the file with what the environment holds.</summary>
internal enum RowAction
{
    /// <summary>No row has this external id yet.</summary>
    Create,
    /// <summary>A row exists and at least one column differs.</summary>
    Update,
    /// <summary>A row exists with the same values: nothing is sent, so nothing changes (no plugin runs, modifiedon stays).</summary>
    Unchanged,
}
