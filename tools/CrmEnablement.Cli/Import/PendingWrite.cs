using CrmEnablement.Cli.Dataverse;

namespace CrmEnablement.Cli.Import;

/// <summary>One row's write, the row it belongs to, and how many times it has been sent.</summary>
internal sealed class PendingWrite
{
    public PendingWrite(PlannedRow row, BatchOperation operation)
    {
        Row = row;
        Operation = operation;
    }

    public PlannedRow Row { get; }

    public BatchOperation Operation { get; }

    /// <summary>Times sent so far (in this run, counting the create-only write sent with the read).</summary>
    public int Sent { get; set; }
}
