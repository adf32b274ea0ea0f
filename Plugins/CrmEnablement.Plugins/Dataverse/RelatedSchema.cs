namespace CrmEnablement.Plugins.Dataverse;

/// <summary>Out-of-the-box tables the adapters read around an opportunity (dataverse-platform.md §4).</summary>
public static class RelatedSchema
{
    public const string Account = "account";
    public const string AccountId = "accountid";
    public const string IndustryCode = "industrycode";

    public const string SystemUser = "systemuser";

    public const string Contact = "contact";
    public const string ContactId = "contactid";
    public const string FullName = "fullname";
    /// <summary>Our column on contact: the buyer role the person plays.</summary>
    public const string ContactBuyerRole = "cen_buyerrole";

    public const string Connection = "connection";
    public const string Record1 = "record1id";
    public const string Record2 = "record2id";
    public const string Record1Role = "record1roleid";
    public const string Record2Role = "record2roleid";
    /// <summary>The connection's reciprocal: Dataverse stores every connection once from each end, each row pointing at the other.</summary>
    public const string RelatedConnection = "relatedconnectionid";
    /// <summary>True on the connection as it was created, false on its reciprocal.</summary>
    public const string IsMaster = "ismaster";
    public const string ConnectionRole = "connectionrole";
    public const string ConnectionRoleId = "connectionroleid";
    public const string RoleName = "name";
    public const string RoleCategory = "category";
    /// <summary><c>connectionrole_category</c> value of the Stakeholder category.</summary>
    public const int StakeholderCategory = 1000;
    /// <summary>The state column of connection, contact and process rows: 0 is Active (Open).</summary>
    public const string StateCode = "statecode";
    public const int ActiveState = 0;

    public const string SalesProcess = "opportunitysalesprocess";
    public const string SalesProcessOpportunity = "opportunityid";
    public const string ActiveStage = "activestageid";
    public const string ProcessStage = "processstage";
    public const string ProcessStageId = "processstageid";
    public const string StageName = "stagename";
}
