using System.CommandLine;
using System.Linq;
using CrmEnablement.Cli.Dataverse;
using CrmEnablement.Cli.Analytics;
using CrmEnablement.Cli.IO;
using CrmEnablement.Engine.Settings;

namespace CrmEnablement.Cli.Commands;

/// <summary>
/// <c>cen analytics</c>: per content item, what reps did with it and the win rate of closed deals
/// that used it against comparable deals that did not; authors credited. Offline from an
/// interactions CSV and a catalogue, or from an environment's suggestion and interaction rows.
/// </summary>
internal static class AnalyticsCommand
{
    public static Command Create(CliContext context, DataverseClientOptions dataverse)
    {
        var interactions = new Option<string?>("--interactions") { Description = "The interactions CSV (on,opportunityId,contentId,action,user,phase,stage,industry,outcome)." };
        var catalog = new Option<string?>("--catalog") { Description = "The catalogue CSV, for titles and authors." };
        var html = new Option<string?>("--html") { Description = "Also write a self-contained HTML report to this file." };
        var settings = new Option<string?>("--settings") { Description = "Settings JSON: the vocabularies the catalogue uses, and the industry-code map deals are read with; when omitted, the environment's cen_SuggestionSettings with --url, else the defaults." };
        var connection = new ConnectionOptions();
        var command = new Command("analytics", "Show which content is used and helps win, per item and per author.") { interactions, catalog, html, settings };
        connection.AddTo(command);
        command.SetAction((result, cancellationToken) => RemoteCommandRunner.RunAsync(context, result, async (safe, redactor) =>
        {
            var engineSettings = result.GetValue(settings) is { } settingsPath ? SettingsJsonReader.Read(settingsPath) : EngineSettings.Default;
            var interactionsPath = result.GetValue(interactions);
            var catalogPath = result.GetValue(catalog);
            var offline = interactionsPath is not null && catalogPath is not null && result.GetValue(connection.Url) is null;
            if (!offline && (interactionsPath is not null || catalogPath is not null || !ConnectionResolver.HasUrl(connection.Read(result), System.Environment.GetEnvironmentVariable)))
            {
                throw new InputException(CliMessages.AnalyticsInputs);
            }

            // A report that cannot be written should fail before the environment is read.
            if (result.GetValue(html) is { } htmlTarget)
            {
                OutputFile.CheckWritable(htmlTarget, "HTML report");
            }

            AnalyticsReport report;
            if (offline)
            {
                report = AnalyticsCalculator.Compute(InteractionsCsvReader.Read(interactionsPath!), ReportInputs.CatalogFromFile(catalogPath!, engineSettings));
            }
            else
            {
                var target = RemoteCommandRunner.Resolve(connection, result, redactor);
                using var client = await DataverseConnector.ConnectAsync(target, safe.Error, dataverse, cancellationToken).ConfigureAwait(false);
                if (result.GetValue(settings) is null)
                {
                    // Judge the environment by the settings its plugins rank with.
                    engineSettings = await EnvironmentSettingsReader.ReadAsync(client, safe.Error, cancellationToken).ConfigureAwait(false);
                }

                var records = await ContentReader.ReadAllAsync(client, safe.Error, cancellationToken).ConfigureAwait(false);
                var items = ReportInputs.ItemsOf(records, engineSettings, safe.Error);
                var ids = records.Where(record => record.PrimaryId is not null).ToDictionary(record => record.PrimaryId!, record => record.ExternalId, System.StringComparer.OrdinalIgnoreCase);
                var rows = await InteractionReader.ReadAsync(client, ids, engineSettings, cancellationToken).ConfigureAwait(false);
                report = AnalyticsCalculator.Compute(rows, items);
            }

            AnalyticsTableWriter.Write(safe.Out, report, colour: context.OutputIsTerminal);
            if (result.GetValue(html) is { } htmlPath)
            {
                ReportInputs.WriteFile(htmlPath, writer => AnalyticsHtmlWriter.Write(writer, report));
                safe.Error.WriteLine(CliMessages.ReportWritten("HTML report", htmlPath));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
