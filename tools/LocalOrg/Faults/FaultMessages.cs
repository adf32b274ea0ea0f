namespace LocalOrg.Faults;

/// <summary>
/// Every message LocalOrg puts in a fault or an exception, in one place. Composite-format strings
/// (arguments in braces) are filled with <see cref="string.Format(System.IFormatProvider, string, object[])"/>
/// and the invariant culture; tests compare against these constants.
/// </summary>
public static class FaultMessages
{
    /// <summary>{0} table, {1} id. The platform's wording for a missing row.</summary>
    public const string RecordNotFound = "{0} With Id = {1} Does Not Exist";

    /// <summary>{0} table.</summary>
    public const string RecordNotFoundByKey = "A record with the specified key values does not exist in {0} entity";

    /// <summary>No arguments.</summary>
    public const string DuplicateId = "Cannot insert duplicate key.";

    /// <summary>{0} key columns, {1} key name. The platform's wording for an alternate-key clash.</summary>
    public const string DuplicateAlternateKey = "A record that has the attribute values {0} already exists. The entity key {1} requires that this set of attributes contains unique values. Select unique values and try again.";

    /// <summary>{0} user id, {1} privilege, {2} table.</summary>
    public const string PrivilegeDenied = "Principal user (Id={0}, type=8) is missing prv{1}{2} privilege on entity '{2}'.";

    /// <summary>{0} user id, {1} privilege, {2} record id, {3} table.</summary>
    public const string AccessCheckFailed = "Principal user (Id={0}, type=8) does not have {1}Access right(s) for record with ID {2} of entity {3}.";

    /// <summary>No arguments. The platform's wording for the depth stop.</summary>
    public const string InfiniteLoop = "This workflow job was canceled because the workflow that started it included an infinite loop. Correct the workflow logic and try again.";

    /// <summary>No arguments. The platform's message when a plugin throws anything but InvalidPluginExecutionException.</summary>
    public const string UnexpectedPluginError = "An unexpected error occurred from ISV code.";

    /// <summary>{0} parameter name, {1} message name.</summary>
    public const string MissingParameter = "Required parameter '{0}' is missing for the {1} request.";

    /// <summary>{0} table.</summary>
    public const string MissingTarget = "The {0} request has no Target, or its Target has neither an id nor key attributes.";

    /// <summary>{0} key columns, {1} table.</summary>
    public const string UnknownAlternateKey = "The key attributes {0} are not a defined alternate key of the {1} entity.";

    /// <summary>{0} request name.</summary>
    public const string UnknownRequest = "Request {0} is not supported by LocalOrg: register it as a Custom API or use a supported message.";

    /// <summary>{0} relationship schema name.</summary>
    public const string UnknownRelationship = "The relationship {0} is not defined in this organization.";

    /// <summary>No arguments.</summary>
    public const string TopCountWithPaging = "A query cannot set both TopCount and PageInfo paging.";

    /// <summary>No arguments.</summary>
    public const string QueryByAttributeMismatch = "A QueryByAttribute needs at least one attribute, and as many values as attributes.";

    /// <summary>{0} alias or table a condition or order names.</summary>
    public const string UnknownAlias = "The query refers to '{0}', which is neither the queried table nor the alias of one of its links.";

    /// <summary>{0} what is not supported.</summary>
    public const string NotSupported = "LocalOrg does not support {0}.";

    /// <summary>{0} step name, {1} rule broken.</summary>
    public const string InvalidStep = "Step '{0}' cannot be registered: {1}";

    /// <summary>{0} stage.</summary>
    public const string AsyncOnlyPostOperation = "asynchronous steps are allowed only in PostOperation (40), not in stage {0}.";

    /// <summary>{0} stage.</summary>
    public const string InvalidStage = "stage must be 10 (PreValidation), 20 (PreOperation) or 40 (PostOperation), not {0}.";

    /// <summary>No arguments.</summary>
    public const string NoPreImageOnCreate = "a Create step cannot have a pre-image (there is no row before Create).";

    /// <summary>No arguments.</summary>
    public const string NoPostImageOnDelete = "a Delete step cannot have a post-image (there is no row after Delete).";

    /// <summary>No arguments.</summary>
    public const string PostImageOnlyPostOperation = "post-images are available only in PostOperation (40).";

    /// <summary>{0} message.</summary>
    public const string ImagesNotSupported = "the {0} message does not support images.";

    /// <summary>No arguments.</summary>
    public const string NoPlugin = "it names no plugin: set Plugin or PluginType.";

    /// <summary>{0} plugin type.</summary>
    public const string NoPluginConstructor = "{0} has no public constructor taking (string, string), (string) or ().";

    /// <summary>{0} user id.</summary>
    public const string UnknownUser = "There is no user with id {0} in this organization.";

    /// <summary>{0} key name, {1} table.</summary>
    public const string KeyAlreadyDefined = "The alternate key {0} is already defined on {1}.";

    /// <summary>{0} key name, {1} table.</summary>
    public const string ExistingRowsBreakKey = "The alternate key {0} cannot be defined on {1}: existing rows already share its values.";

    /// <summary>{0} Custom API unique name.</summary>
    public const string CustomApiAlreadyRegistered = "A Custom API named {0} is already registered.";
}
