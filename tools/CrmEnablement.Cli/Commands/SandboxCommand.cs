using System.CommandLine;
using System.IO;
using CrmEnablement.Cli.Building;
using CrmEnablement.Cli.IO;
using CrmEnablement.Cli.Sandbox;

namespace CrmEnablement.Cli.Commands;

/// <summary>
/// <c>cen sandbox</c>: the whole product on one machine — LocalOrg with the real plugins, the
/// catalogue and deals loaded, the opportunity form's harness with the real web resource.
/// </summary>
internal static class SandboxCommand
{
    /// <summary>The port when <c>--port</c> is not given.</summary>
    public const int DefaultPort = 5180;

    public static Command Create(CliContext context)
    {
        var port = new Option<int>("--port") { Description = $"The port on 127.0.0.1 (default {DefaultPort}; 0 picks a free one).", DefaultValueFactory = _ => DefaultPort, CustomParser = CommonOptions.WholeNumberOr(DefaultPort) };
        var catalog = new Option<string?>("--catalog") { Description = "The catalogue CSV; samples/catalog.csv when omitted." };
        var opportunities = new Option<string?>("--opportunities") { Description = "The opportunities JSON; samples/opportunities.json when omitted." };
        var settings = new Option<string?>("--settings") { Description = "Settings JSON; samples/settings.json when omitted (the defaults if there is none)." };
        var asOf = new Option<string?>("--as-of") { Description = "The day to rank for, yyyy-MM-dd; today (UTC) when omitted." };
        var noBrowser = new Option<bool>("--no-browser") { Description = "Do not open a browser; just print the URL." };
        var language = new Option<int>("--language")
        {
            Description = "The rep's language id: 1033 English (default), 1031 German; the panel falls back to English for others.",
            DefaultValueFactory = _ => SandboxOrganization.EnglishLanguageId,
            CustomParser = CommonOptions.WholeNumberOr(SandboxOrganization.EnglishLanguageId),
        };
        var command = new Command("sandbox", "Run the product locally: the opportunity form's suggestions panel on sample data, in your browser.")
        {
            port, catalog, opportunities, settings, asOf, noBrowser, language,
        };
        command.SetAction(result => CommandRunner.Run(context, result, () => Run(
            context, result.GetValue(port), result.GetValue(catalog), result.GetValue(opportunities), result.GetValue(settings), result.GetValue(asOf), result.GetValue(noBrowser), result.GetValue(language))));
        return command;
    }

    private static int Run(CliContext context, int port, string? catalog, string? opportunities, string? settings, string? asOf, bool noBrowser, int language)
    {
        if (port is < 0 or > 65535)
        {
            throw new InputException(CliMessages.SandboxBadPort(port));
        }

        // Dataverse language ids are Windows LCIDs: 1025 (Arabic) up to 58378 (Spanish, Latin America).
        if (language is < 1025 or > 58378)
        {
            throw new InputException(CliMessages.SandboxBadLanguage(language));
        }

        var starts = RepositoryFolders.Starts();
        if (catalog is null || opportunities is null || settings is null)
        {
            var samples = RepositoryFolders.Find(RepositoryFolders.Samples, "catalog.csv", starts);
            if (samples is null && (catalog is null || opportunities is null))
            {
                throw new InputException(CliMessages.SandboxNoSamples(string.Join(" and ", starts)));
            }

            if (samples is not null)
            {
                catalog ??= Path.Combine(samples, "catalog.csv");
                opportunities ??= Path.Combine(samples, "opportunities.json");
                settings ??= File.Exists(Path.Combine(samples, "settings.json")) ? Path.Combine(samples, "settings.json") : null;
            }
        }

        var day = ReportInputs.Day(asOf, context.Clock);
        var data = SandboxInputs.Load(catalog!, opportunities!, settings);
        LocalOrg.Time.IClock clock = asOf is null ? new LocalOrg.Time.SystemClock() : SandboxClock.ForDay(day);
        var organization = SandboxOrganization.Create(data, clock, warning => context.Error.WriteLine(CliMessages.SandboxWarning(warning)));
        organization.RepLanguageId = language;
        var dist = RepositoryFolders.Find(RepositoryFolders.WebResourcesDist, RepositoryFolders.SuggestionsPage, starts);
        if (dist is null && RepositoryFolders.Find(RepositoryFolders.WebResourcesSource, "package.json", starts) is { } source
            && WebResourceBuilder.TryBuild(source, context.Error))
        {
            dist = RepositoryFolders.Find(RepositoryFolders.WebResourcesDist, RepositoryFolders.SuggestionsPage, starts);
        }

        var server = SandboxServer.StartAsync(organization, port, dist).GetAwaiter().GetResult();
        try
        {
            if (!server.WebResourceBuilt)
            {
                context.Error.WriteLine(CliMessages.SandboxWebResourceNotBuilt);
            }

            context.Out.WriteLine(CliMessages.SandboxLoaded(data.Catalog.Count, data.Opportunities.Count, day));
            context.Out.WriteLine(CliMessages.SandboxReady(server.Url));
            context.Out.Flush();
            if (!noBrowser)
            {
                BrowserLauncher.TryOpen(server.Url);
            }

            // Ctrl+C (or SIGTERM) stops the host; requests in flight finish first.
            server.WaitForShutdownAsync().GetAwaiter().GetResult();
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        context.Out.WriteLine(CliMessages.SandboxStopped);
        return ExitCodes.Ok;
    }
}
