namespace CrmEnablement.Cli;

/// <summary>
/// Every message <c>cen</c> prints about its inputs, in one place so tests assert on them
/// (the sandbox's are in CliMessages.Sandbox.cs).
/// </summary>
public static partial class CliMessages
{
    public const string VerboseHint = "Run again with --verbose for the details.";

    public static string FileNotFound(string what, string path) =>
        $"cen: cannot read the {what} '{path}': the file does not exist. Check the path"
        + (System.IO.Path.IsPathRooted(path) ? "." : $" (a relative path is read from {System.IO.Directory.GetCurrentDirectory()}).");

    public static string IsDirectory(string what, string path) => $"cen: cannot read the {what} '{path}': it is a folder; give a file.";

    public static string Unreadable(string what, string path, string reason) => $"cen: cannot read the {what} '{path}': {reason}";

    public static string NotUtf8(string what, string path) =>
        $"cen: the {what} '{path}' is not UTF-8 text; save it as UTF-8 (in Excel: CSV UTF-8) and try again.";

    public static string EnvironmentSettingsInvalid(string variable, string problems) =>
        $"cen: warning: the environment's {variable} cannot be used ({problems}); using the default settings, as the plugins do. Fix the value, or pass --settings FILE.";

    public static string NotAWholeNumber(string option, string text) => $"{option}: '{text}' is not a whole number";

    public static string Unexpected(string message) => $"cen: unexpected failure: {message}";

    public static string BadAsOf(string text) => $"cen: --as-of '{text}' is not a date; expected yyyy-MM-dd.";

    public static string BadTop(int top) => $"cen: --top {top} is out of range; give a number from 1 to 100.";

    public static string Usage(string command) => $"Run 'cen {command} --help' for usage.";

    public static string CatalogInvalid(string path, int count) =>
        $"cen: the catalogue '{path}' has {count} problem(s); fix them, or pass --skip-invalid to use only the valid rows.";

    public static string SkippedRows(string path, int rows) => $"cen: warning: skipped {rows} invalid row(s) of '{path}'.";

    public static string CatalogFileInvalid(string path) => $"cen: the header of '{path}' must be fixed before any row can be used.";

    public static string Valid(string path, int rows) => $"{path}: valid ({rows} rows).";

    public static string Invalid(string path, int problems, int rows) => $"{path}: {problems} problem(s) in {rows} rows.";

    public static string MalformedCsv(string path, int line, string reason) => $"{path}:{line}: the CSV cannot be read here: {reason}";

    public static string Written(string path, int opportunities) => $"cen: wrote suggestions for {opportunities} opportunities to '{path}'.";

    public static string CannotWrite(string path, string reason) => $"cen: cannot write '{path}': {reason}";

    // ---- Connecting to an environment (exit code 4 when it cannot be reached or refuses the sign-in)

    public static string BadUrl(string text) => $"cen: --url '{text}' is not an environment address; expected https://yourorg.crm.dynamics.com.";

    public const string UrlWithCredentials = "cen: --url must not contain a user name or password; sign in with --token, --client-id/--client-secret or --device-code.";

    public static string HttpNotLoopback(string text) =>
        $"cen: --url '{text}' uses plain http, which would send the sign-in token unencrypted; use https (http is accepted only for localhost).";

    public const string MissingUrl = "cen: no environment given; pass --url https://yourorg.crm.dynamics.com (or set CEN_URL or CEN_CONNECTION).";

    public const string MissingSignIn =
        "cen: no way to sign in given; pass --token (or CEN_TOKEN), --client-id with --client-secret and --tenant-id, or --device-code (or set CEN_CONNECTION).";

    public const string SeveralSignIns = "cen: give one way to sign in: --token, --client-secret or --device-code, not several.";

    public const string SecretWithoutClientId = "cen: --client-secret needs --client-id (the app registration's application id).";

    public const string BadConnectionString = "cen: CEN_CONNECTION is not a connection string; expected AuthType=ClientSecret;Url=…;ClientId=…;ClientSecret=… (the value is not shown because it may hold a secret).";

    public static string UnsupportedAuthType(string authType) =>
        $"cen: CEN_CONNECTION has AuthType={(authType.Length == 0 ? "(none)" : authType)}; cen supports AuthType=ClientSecret and AuthType=OAuth (signs in with a device code).";

    public static string Unreachable(System.Uri url, string reason) =>
        $"cen: cannot reach the environment {url}: {reason} Check --url, the network and any proxy.";

    public static string NoAnswer(System.Uri url, System.TimeSpan timeout) =>
        $"cen: the environment {url} did not answer within {timeout.TotalSeconds:0} s, also after retries. Check the environment's health in the Power Platform admin center and try again.";

    public static string AuthenticationFailed(System.Uri url, string status, string? detail) =>
        $"cen: authentication failed: {url} answered {status}{Detail(detail)}. Check that the token is current (tokens last about an hour) and was issued for this environment's URL, or that the client id, secret and tenant are right.";

    public static string AccessDenied(System.Uri url, string status, string? detail) =>
        $"cen: signed in, but access was denied: {url} answered {status}{Detail(detail)}. Check that the user or application user exists in this environment and has the Enablement Lead security role.";

    public static string Unavailable(System.Uri url, string status, int retries) =>
        $"cen: the environment {url} is unreachable for now: it still answered {status} after {retries} retries within the time budget. Try again later; re-running is safe.";

    public static string SignInFailed(System.Uri url, string code, string message) =>
        $"cen: authentication failed before reaching {url}: Microsoft Entra refused the sign-in ({code}: {message}). Check the client id, secret and tenant id.";

    public static string NoTenant(System.Uri url, string status) =>
        $"cen: cannot find the Microsoft Entra tenant of {url} (it answered {status}); pass --tenant-id.";

    public static string RequestFailed(string what, string status, string? detail) => $"cen: {what} failed: {status}{Detail(detail)}.";

    public static string MalformedAnswer(string what, string reason) => $"cen: the environment's answer to {what} is not valid JSON: {reason}";

    public static string MalformedBatch(string what) => $"cen: the environment's $batch answer cannot be read: {what}.";

    public const string RowWithoutKey = "cen: the environment returned a content row without cen_externalid.";

    public static string UnknownOptionValue(string id, string column, string value) =>
        $"cen: warning: {id}: {column} has option value {value}, which the vocabularies do not know; left empty.";

    private static string Detail(string? detail) => string.IsNullOrWhiteSpace(detail) ? "" : $" ({detail.Trim().TrimEnd('.')})";

    // ---- cen catalog import / export

    public const string Stopped = "cen: stopped (Ctrl+C) before anything was written. Running the same command again is safe.";

    public static string BadBatchSize(int size) => $"cen: --batch-size {size} is out of range; give a number from 1 to 1000.";

    public static string ImportInvalid(string path, int count) =>
        $"cen: the catalogue '{path}' has {count} problem(s), so nothing was sent; fix them, or pass --skip-invalid (and --rejects FILE) to import the valid rows.";

    public static string IdsDifferOnlyInCase(string id) =>
        $"id '{id}' differs from another row's id only in upper/lower case; Dataverse keys ignore case, so both rows are rejected";

    public static string RelatedTrainingNotImported(string id) => $"its related training '{id}' was not imported, so the link cannot be made";

    public const string NoAnswerForRow = "the environment gave no answer for this row, also after retries";

    public static string RowRefused(string status, string? detail) => $"the environment refused the row: {status}{Detail(detail)}";

    public static string RelatedTrainingNotBound(string id, string reason) => $"imported, but the link to its related training '{id}' failed: {reason}";

    public static string RejectedRowLine(string path, int line, string reason) => $"{path}:{line}: rejected: {reason}";

    public static string Progress(int done, int total) =>
        $"cen: {done:N0} of {total:N0} rows done ({(total == 0 ? 100 : done * 100 / total)}%)";

    public static string ImportingTitle(string file) => $"Importing {file}";

    public static string ImportStopped(int done, int total) =>
        $"cen: stopped (Ctrl+C) after the batches in flight: {done:N0} of {total:N0} rows done. Run the same command again to finish; rows already imported will show as unchanged.";

    public static string Exported(int rows, System.Uri environment, string path) => $"cen: exported {rows:N0} content rows from {environment} to '{path}'.";

    /// <summary>The closing summary of an import, one line per figure.</summary>
    internal static string[] ImportSummary(string path, System.Uri environment, Import.ImportResult outcome, string? rejectsPath, bool dryRun)
    {
        var rejected = outcome.Rejected.Count;
        var lines = new System.Collections.Generic.List<string>
        {
            dryRun ? $"cen: dry run of '{path}' against {environment}: nothing was written." : $"cen: imported '{path}' into {environment}.",
            $"  {(dryRun ? "would create" : "created"),-14}{outcome.Created,8:N0}",
            $"  {(dryRun ? "would update" : "updated"),-14}{outcome.Updated,8:N0}",
            $"  {"unchanged",-14}{outcome.Unchanged,8:N0}",
            $"  {"rejected",-14}{rejected,8:N0}" + (rejected > 0 && rejectsPath is not null ? $"  (written to '{rejectsPath}')" : ""),
        };
        if (outcome.NotSent > 0)
        {
            lines.Add($"  {"not sent",-14}{outcome.NotSent,8:N0}");
        }

        if (outcome.PerhapsCreatedBefore > 0)
        {
            lines.Add($"  note: the first request was sent again after an answer that did not say whether it had been carried out; "
                + $"{outcome.PerhapsCreatedBefore:N0} of the rows counted as unchanged may have been created by its first try. Each exists once, as the file says.");
        }

        lines.Add($"  {"requests",-14}{outcome.Requests,8:N0}  ({outcome.Retries:N0} retries)");
        lines.Add($"  {"elapsed",-14}{outcome.Elapsed.TotalSeconds,8:0.0} s");
        return lines.ToArray();
    }

    // ---- cen coverage / cen analytics

    public static string CatalogOrUrl(string command) =>
        $"cen: {command} needs either --catalog FILE (offline) or --url with a way to sign in, not both.";

    public static string CatalogInvalidForReport(string path, int count) => $"cen: the catalogue '{path}' has {count} problem(s); fix them first (cen validate lists them).";

    public static string ReportWritten(string what, string path) => $"cen: wrote the {what} to '{path}'.";

    public const string CoverageTitle = "Enablement content coverage";

    public static string CoverageHeadline(int counted, int total, System.DateTime asOf, int gaps) =>
        $"{counted} of {total} items are published and in date on {asOf:yyyy-MM-dd}; {gaps} phase × industry × buyer role cells have none.";

    public static string GapsHeading(int gaps) => gaps == 0 ? "No gaps" : $"Gaps ({gaps})";

    public const string DriftHeading = "Vocabulary drift";

    public static string UnusedTags(string facet, System.Collections.Generic.IEnumerable<string> labels) =>
        $"No content uses these {facet} labels: {string.Join(", ", labels)}.";

    public const string AnalyticsInputs = "cen: analytics needs either --interactions FILE and --catalog FILE (offline), or --url with a way to sign in.";

    public const string AnalyticsTitle = "Enablement content analytics";

    public static string AnalyticsHeadline(int interactions, int deals, int closed, int gaps) =>
        $"{interactions} interactions on {deals} deals ({closed} closed); {gaps} \"nothing fitted\" report(s).";

    public static string SmallSampleNote(int threshold) =>
        $"Win rates show won/closed deals; * marks fewer than {threshold} closed deals, too few to conclude anything. \"Not used\" is closed deals of the same phase and industry, with other suggestions, that did not use this item.";

    public static string InteractionsEmpty(string path) => $"{path}:1: the file is empty; expected a header line starting with on,opportunityId,contentId,action";

    public static string InteractionProblem(string path, int line, string column, string message) => $"{path}:{line}: column {column}: {message}";

    public static string UnknownInteractionColumn(string known) => $"unknown column; the columns are {known}";

    public static string BadInteractionTime(string text) => $"'{text}' is not a date or time; expected e.g. 2026-03-02 or 2026-03-02T10:15:00Z";

    public static string BadInteractionAction(string text) =>
        $"'{text}' is not an action; expected suggested, opened, shared, copied, helpful, notHelpful, dismissed or gap";

    public static string BadInteractionOutcome(string text) => $"'{text}' is not an outcome; expected Won, Lost or empty (deal still open)";

    // ---- cen pack

    public static string PackNoSource(string folder) =>
        $"cen: '{folder}' is not a solution folder: it has no src/Other/Solution.xml. Run cen pack inside the repository or pass --source Solution.";

    public const string PackNoRepository =
        "cen: cannot find the solution source: no Solution/src/Other/Solution.xml in this folder or above it. Run cen pack inside the repository or pass --source.";

    public static string PackBadVersion(string text) => $"cen: --version '{text}' is not a four-part version; expected major.minor.build.revision, e.g. 1.2.0.0.";

    public static string PackMappingUnreadable(string path, string reason) => $"cen: cannot read the mapping file '{path}': {reason}";

    public static string PackMappingEntry(string path, string entry) =>
        $"cen: the mapping file '{path}' has a '{entry}' entry; cen pack understands FileToFile entries with map and to attributes.";

    public static string PackMissingBuildOutput(string treePath, string sourcePath, string hint) =>
        $"cen: {treePath} is mapped to '{sourcePath}', which does not exist. {hint}";

    public static string PackBuildPluginsHint(string configuration) =>
        $"Build the plugins first: dotnet build Plugins/CrmEnablement.Plugins -c {configuration} (add -p:XrmSdk=Microsoft for an assembly Dataverse can load), or pass --assembly FILE.";

    public const string PackBuildWebResourcesHint =
        "Build the web resources first: cd WebResources && npm ci && npm run build, or pass --webresources DIR (a folder holding cen_/opportunity/…).";

    public static string PackMissingContent(string dataFile, string content) => $"cen: {dataFile}: its content file {content} is missing.";

    public static string PackMissingReference(string file, string what, string name) => $"cen: {file}: refers to the {what} '{name}', which the solution does not contain.";

    public static string PackRootWithoutComponent(string solutionXml, int type, string name) =>
        $"cen: {solutionXml}: the RootComponent type {type} '{name}' names nothing in the solution; remove that RootComponent, or add the component's file.";

    public static string PackComponentWithoutRoot(string file, string solutionXml, int type, string name, bool byId) =>
        $"cen: {file}: this component is not listed in {solutionXml}; add <RootComponent type=\"{type}\" {(byId ? "id" : "schemaName")}=\"{name}\" behavior=\"0\" /> so it travels with the solution, or delete the file.";

    public static string PackFunctionWithoutResponse(string file) =>
        $"cen: {file}: a Custom API that is a function (isfunction 1) needs at least one response property; add one under customapiresponseproperties/.";

    public static string PackMissingPluginType(string file, string type, string assembly) =>
        $"cen: {file}: the plugin type '{type}' is not in the built assembly '{assembly}'; rebuild the plugins or fix the type name.";

    public static string PackAssemblyIdentity(string file, string declared, string built) =>
        $"cen: {file}: declares the assembly '{declared}', but the built one is '{built}'; make FullName and every PluginTypeName match the build.";

    public static string PackNotAnAssembly(string path) => $"cen: '{path}' is not a .NET assembly.";

    public static string PackNotAPluginAssembly(string path) => $"cen: '{path}' does not reference Microsoft.Xrm.Sdk, so it is not the plugin assembly.";

    public static string PackStandIn(string path) =>
        $"cen: '{path}' was built against the stand-in Microsoft.Xrm.Sdk (sdk/XrmStandIn), which Dataverse cannot load. Build with -p:XrmSdk=Microsoft to make an importable package, or pass --allow-standin to pack it anyway for tests (the zips are then named *_standin.zip).";

    public static string PackOptionOutOfRange(string file, string choice, int value, int low, int high) =>
        $"cen: {file}: choice {choice} has the value {value}, outside the publisher's range {low}–{high}; values outside it can collide with other publishers'.";

    public static string PackNameWithoutPrefix(string file, string kind, string name, string prefix) =>
        $"cen: {file}: the {kind} '{name}' does not start with the publisher prefix '{prefix}'.";

    public static string PackMalformedXml(string file, string reason) => $"cen: {file} is not well-formed XML: {reason}";

    public static string PackNoMessageId(string file, string step) =>
        $"cen: warning: {file}: the step '{step}' names no SdkMessageId; before importing, look the message up in the target environment (GET /api/data/v9.2/sdkmessages?$filter=name eq '<message>'&$select=sdkmessageid) and add it, or register the step after import.";

    public static string PackWritten(string path) => $"cen: wrote {path}";

    public const string PackStandInWritten =
        "cen: these zips hold an assembly built against the stand-in SDK: fine for tests, not for import. Build with -p:XrmSdk=Microsoft to make the importable package.";
}
