using CrmEnablement.Cli.Dataverse;
using CrmEnablement.Engine.Catalog;

namespace CrmEnablement.Cli.Import;

/// <summary>One file row with the row it should become and what that takes.</summary>
internal sealed class PlannedRow
{
    public PlannedRow(ValidatedItem source, ContentRecord desired, RowAction action)
    {
        Source = source;
        Desired = desired;
        Action = action;
    }

    /// <summary>The validated file row.</summary>
    public ValidatedItem Source { get; }

    /// <summary>The row as it should be in the environment.</summary>
    public ContentRecord Desired { get; }

    /// <summary>Create, update or leave alone.</summary>
    public RowAction Action { get; }

    /// <summary>
    /// How deep the row sits in a chain of new related trainings (0 = binds to nothing new): rows
    /// are sent in this order, because <c>@odata.bind</c> to a key that does not exist yet fails.
    /// </summary>
    public int Wave { get; set; }

    /// <summary>
    /// The related training's id when that row is created in this run, so this row's bind must be
    /// sent after it (later in the same batch or in a later round); otherwise null.
    /// </summary>
    public string? DependsOn { get; set; }

    /// <summary>False when the lookup is set afterwards by a bind-only update (rows that refer to each other).</summary>
    public bool BindInUpsert { get; set; } = true;

    /// <summary>The external id.</summary>
    public string Id => Desired.ExternalId;
}
