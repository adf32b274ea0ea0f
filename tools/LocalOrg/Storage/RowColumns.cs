namespace LocalOrg.Storage;

/// <summary>The columns LocalOrg maintains itself; every other column is whatever callers write.</summary>
internal static class RowColumns
{
    internal const string OwnerId = "ownerid";
    internal const string CreatedOn = "createdon";
    internal const string ModifiedOn = "modifiedon";
    internal const string CreatedBy = "createdby";
    internal const string ModifiedBy = "modifiedby";
    internal const string StateCode = "statecode";
    internal const string StatusCode = "statuscode";
    internal const string SystemUserTable = "systemuser";
    internal const string FullName = "fullname";

    /// <summary>The primary id column: the table's logical name followed by "id".</summary>
    internal static string PrimaryIdOf(string table) => table + "id";
}
