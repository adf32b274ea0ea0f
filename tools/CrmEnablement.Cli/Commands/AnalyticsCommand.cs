using System.Collections.Generic;
using System.CommandLine;
using CrmEnablement.Cli.Analytics;
using CrmEnablement.Cli.IO;
using CrmEnablement.Engine.Settings;

namespace CrmEnablement.Cli.Commands;

/// <summary>
/// <c>cen analytics</c>: per content item, what reps did with it and the win rate of closed deals
/// that used it against comparable deals that did not; authors credited. Offline from an
/// interactions CSV and a catalogue.
/// </summary>
internal static class AnalyticsCommand
{
    public static Command Create(CliContext context)
    {
        var interactions = new Option<string?>("--interactions") { Description = "The interactions CSV (on,opportunityId,contentId,action,user,phase,stage,industry,outcome)." };
        var catalog = new Option<string?>("--catalog") { Description = "The catalogue CSV, for titles and authors." };
        var html = new Option<string?>("--html") { Description = "Also write a self-contained HTML report to this file." };
        var settings = new Option<string?>("--settings") { Description = "Settings JSON whose vocabularies the catalogue uses." };
        var command = new Command("analytics", "Show which content is used and helps win, per item and per author.") { interactions, catalog, html, settings };
        command.SetAction((result, _) => RemoteCommandRunner.RunAsync(context, result, (safe, redactor) =>
        {
            var engineSettings = result.GetValue(settings) is { } settingsPath ? SettingsJsonReader.Read(settingsPath) : EngineSettings.Default;
            var interactionsPath = result.GetValue(interactions);
            var catalogPath = result.GetValue(catalog);
            if (interactionsPath is null || catalogPath is null)
            {
                throw new InputException(CliMessages.AnalyticsInputs);
            }

            var rows = InteractionsCsvReader.Read(interactionsPath);
            var items = ReportInputs.CatalogFromFile(catalogPath, engineSettings);
            var report = AnalyticsCalculator.Compute(rows, items);
            AnalyticsTableWriter.Write(safe.Out, report, colour: context.OutputIsTerminal);
            if (result.GetValue(html) is { } htmlPath)
            {
                ReportInputs.WriteFile(htmlPath, writer => AnalyticsHtmlWriter.Write(writer, report));
                safe.Error.WriteLine(CliMessages.ReportWritten("HTML report", htmlPath));
            }

            return System.Threading.Tasks.Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }
}
