namespace LocalOrg.Security;

/// <summary>The table privileges a security role grants (the platform's prvCreate…, prvRead…, and so on).</summary>
public enum Privilege
{
    /// <summary>Create rows.</summary>
    Create,

    /// <summary>Read rows (Retrieve, RetrieveMultiple, and the rows a link joins).</summary>
    Read,

    /// <summary>Update rows, including SetState, Win and Lose.</summary>
    Write,

    /// <summary>Delete rows.</summary>
    Delete,

    /// <summary>Attach this row to another (set a lookup on it, or Associate it).</summary>
    Append,

    /// <summary>Let other rows be attached to this one (be the target of a lookup or an Associate).</summary>
    AppendTo,
}
