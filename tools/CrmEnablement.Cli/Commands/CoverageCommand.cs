using System.Collections.Generic;
using System.CommandLine;
using CrmEnablement.Cli.Dataverse;
using CrmEnablement.Cli.IO;
using CrmEnablement.Cli.Reports;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Settings;

namespace CrmEnablement.Cli.Commands;

/// <summary>
/// <c>cen coverage</c>: published, in-date content per phase × industry × buyer role, from a
/// catalogue file (offline) or an environment, with the gaps and vocabulary drift.
/// </summary>
internal static class CoverageCommand
{
    public static Command Create(CliContext context, DataverseClientOptions dataverse)
    {
        var catalog = new Option<string?>("--catalog") { Description = "A catalogue CSV (works offline); or give --url to read the environment." };
        var html = new Option<string?>("--html") { Description = "Also write a self-contained HTML heatmap to this file." };
        var csv = new Option<string?>("--csv") { Description = "Also write one CSV row per phase × industry × buyer role." };
        var settings = new Option<string?>("--settings") { Description = "Settings JSON (vocabularies, stage → phase map, industry-code map); when omitted, the environment's cen_SuggestionSettings with --url, else the defaults." };
        var asOf = new Option<string?>("--as-of") { Description = "The day to check publication and expiry against, yyyy-MM-dd; today (UTC) when omitted." };
        var connection = new ConnectionOptions();
        var command = new Command("coverage", "Show which phase × industry × buyer role cells have no content, and vocabulary drift.") { catalog, html, csv, settings, asOf };
        connection.AddTo(command);
        command.SetAction((result, cancellationToken) => RemoteCommandRunner.RunAsync(context, result, async (safe, redactor) =>
        {
            var engineSettings = result.GetValue(settings) is { } settingsPath ? SettingsJsonReader.Read(settingsPath) : EngineSettings.Default;
            var day = ReportInputs.Day(result.GetValue(asOf), context.Clock);
            var catalogPath = result.GetValue(catalog);
            var remote = ConnectionResolver.HasUrl(connection.Read(result), System.Environment.GetEnvironmentVariable);
            if ((catalogPath is null) == !remote || (catalogPath is not null && result.GetValue(connection.Url) is not null))
            {
                throw new InputException(CliMessages.CatalogOrUrl("coverage"));
            }

            // A report that cannot be written should fail before the environment is read.
            if (result.GetValue(html) is { } htmlTarget)
            {
                OutputFile.CheckWritable(htmlTarget, "HTML heatmap");
            }

            if (result.GetValue(csv) is { } csvTarget)
            {
                OutputFile.CheckWritable(csvTarget, "CSV");
            }

            CoverageReport report;
            if (catalogPath is not null)
            {
                report = CoverageCalculator.Compute(ReportInputs.CatalogFromFile(catalogPath, engineSettings), engineSettings, day);
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

                IReadOnlyList<ContentItem> items = await ReportInputs.CatalogFromEnvironmentAsync(client, engineSettings, safe.Error, cancellationToken).ConfigureAwait(false);
                var industries = await OptionSetReader.ReadOptionsAsync(client, OptionSetReader.AccountIndustries, cancellationToken).ConfigureAwait(false);
                var stages = await OptionSetReader.ReadOptionsAsync(client, OptionSetReader.OpportunitySalesStages, cancellationToken).ConfigureAwait(false);
                report = CoverageCalculator.Compute(items, engineSettings, day, industries, stages);
            }

            CoverageTableWriter.Write(safe.Out, report, colour: context.OutputIsTerminal);
            if (result.GetValue(html) is { } htmlPath)
            {
                ReportInputs.WriteFile(htmlPath, writer => CoverageHtmlWriter.Write(writer, report));
                safe.Error.WriteLine(CliMessages.ReportWritten("HTML heatmap", htmlPath));
            }

            if (result.GetValue(csv) is { } csvPath)
            {
                ReportInputs.WriteFile(csvPath, writer => CoverageCsvWriter.Write(writer, report));
                safe.Error.WriteLine(CliMessages.ReportWritten("CSV", csvPath));
            }

            return ExitCodes.Ok;
        }));
        return command;
    }
}
