using System.Collections.Generic;
using System.Linq;

namespace CrmEnablement.Cli;

/// <summary>The messages of <c>cen sandbox</c>.</summary>
public static partial class CliMessages
{
    public static string SandboxPortInUse(int port) =>
        $"cen: port {port} on 127.0.0.1 is already in use; stop what is using it, or pass --port with another number (e.g. --port {(port >= 65535 ? 5181 : port + 1)}).";

    public static string SandboxBadLanguage(int language) =>
        $"cen: --language {language} is not a Dataverse language id; give one such as 1033 (English) or 1031 (German).";

    public static string SandboxBadPort(int port) => $"cen: --port {port} is out of range; give a number from 1 to 65535 (0 picks a free port).";

    public static string SandboxNoSamples(string places) =>
        $"cen: cannot find the samples folder (samples/catalog.csv) in {places} or their parents; run cen sandbox from the repository, or pass --catalog and --opportunities.";

    public const string SandboxWebResourceMissing =
        "The web resource is not built, so the panel cannot show. Build it with: cd WebResources && npm ci && npm run build — then reload this page.";

    public const string SandboxWebResourceNotBuilt =
        "cen: warning: the web resource is not built (no WebResources/dist/cen_/opportunity/suggestions.html found from here or beside cen), so the panel will say how to build it: cd WebResources && npm ci && npm run build";

    public static string SandboxLoaded(int items, int deals, System.DateTime day) =>
        $"cen: sandbox loaded {items} content items and {deals} opportunities; ranking for {day:yyyy-MM-dd}.";

    public static string SandboxReady(System.Uri url) => $"cen: sandbox ready at {url}  (Ctrl+C to stop)";

    public const string SandboxStopped = "cen: sandbox stopped.";

    public static string SandboxWarning(string message) => $"cen: warning: {message}";

    public static string SandboxUnknownStage(string deal, string stage) =>
        $"{deal}: sales stage '{stage}' is not Qualify, Develop, Propose or Close; the deal has no stage";

    public static string SandboxUnknownPhase(string deal, string phase) => $"{deal}: phase '{phase}' is not a journey phase; no override set";

    public static string SandboxUnknownLabel(string deal, string what, string label) => $"{deal}: {what} '{label}' is not in the vocabulary; ignored";

    public static string SandboxUnmappedIndustry(string deal, string industry) =>
        $"{deal}: industry '{industry}' has no industrycode in the settings' industryCodeMap; the account has no industry";

    public static string SandboxUnknownDismissed(string deal, string content) => $"{deal}: dismissed content '{content}' is not in the catalogue; ignored";

    public static string BuildingWebResource(string npmArguments) =>
        $"cen: building the web resource (its output is missing): npm {npmArguments} in WebResources/";

    public static string BuildingPlugins(string dotnetArguments) =>
        $"cen: building the plugin assembly (its output is missing): dotnet {dotnetArguments}";

    public static string BuildStepFailed(string command, int exitCode) => $"cen: warning: {command} failed (exit {exitCode}).";

    public static string NoNpm(string reason) =>
        $"cen: warning: npm could not be started ({reason}); install Node.js 20 (npm) to build the web resource.";

    public static string NoDotnet(string reason) =>
        $"cen: warning: dotnet could not be started ({reason}); install the .NET 10 SDK to build the plugins.";
}
