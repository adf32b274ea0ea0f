using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using CrmEnablement.Cli.Dataverse;
using CrmEnablement.Cli.IO;
using CrmEnablement.Engine.Model;

namespace CrmEnablement.Cli.Commands;

/// <summary>
/// <c>cen catalog export</c>: the environment's catalogue as catalogue CSV, which imports back
/// unchanged. A row the CSV cannot hold exactly (an option value no label has, a related training
/// without an external id) stops the export before anything is written (exit 2).
/// </summary>
internal static class CatalogExportCommand
{
    public static Command Create(CliContext context, DataverseClientOptions dataverse)
    {
        var output = new Option<string>("--out") { Description = "The CSV file to write.", Required = true };
        var settings = new Option<string?>("--settings") { Description = "Settings JSON whose vocabularies (option values → labels) to use; the environment's cen_SuggestionSettings when omitted." };
        var connection = new ConnectionOptions();
        var command = new Command("export", "Write the environment's content rows as a catalogue CSV.") { output, settings };
        connection.AddTo(command);
        command.SetAction((result, cancellationToken) => RemoteCommandRunner.RunAsync(context, result, async (safe, redactor) =>
        {
            var target = RemoteCommandRunner.Resolve(connection, result, redactor);
            var settingsPath = result.GetValue(settings);
            var fileSettings = settingsPath is null ? null : SettingsJsonReader.Read(settingsPath);
            var path = result.GetValue(output)!;
            OutputFile.CheckWritable(path, "catalogue CSV");
            using var client = await DataverseConnector.ConnectAsync(target, safe.Error, dataverse, cancellationToken).ConfigureAwait(false);
            // Label the rows the way the environment's plugins read them, as coverage and analytics do.
            var engineSettings = fileSettings ?? await EnvironmentSettingsReader.ReadAsync(client, safe.Error, cancellationToken).ConfigureAwait(false);
            var records = await ContentReader.ReadAllAsync(client, safe.Error, cancellationToken).ConfigureAwait(false);
            var items = ItemsOrRefuse(records, new ContentRecordMapper(engineSettings.Vocabularies), path, settingsPath);
            try
            {
                using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                CatalogCsvWriter.Write(writer, items);
            }
            catch (Exception error) when (error is IOException || error is UnauthorizedAccessException)
            {
                throw new InputException(CliMessages.CannotWrite(path, error.Message));
            }

            safe.Out.WriteLine(CliMessages.Exported(items.Count, client.EnvironmentUrl, path));
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>
    /// The rows as items, or exit 2 naming every cell the CSV could not hold: an empty cell would not
    /// import back as the same row (an empty multi-select cell means "every value").
    /// </summary>
    private static IReadOnlyList<ContentItem> ItemsOrRefuse(IReadOnlyList<ContentRecord> records, ContentRecordMapper mapper, string path, string? settingsPath)
    {
        var items = new List<ContentItem>();
        var problems = new List<string>();
        foreach (var record in records)
        {
            var unknown = new List<UnknownOption>();
            items.Add(mapper.ToItem(record, unknown));
            problems.AddRange(unknown.Select(option => CliMessages.ExportUnknownOption(option, settingsPath)));
            if (record.RelatedTrainingWithoutKey is not null)
            {
                problems.Add(CliMessages.ExportRelatedWithoutKey(record.ExternalId, record.RelatedTrainingWithoutKey));
            }
        }

        if (problems.Count > 0)
        {
            problems.Add(CliMessages.ExportRefused(path, problems.Count));
            throw new InputException(problems);
        }

        return items;
    }
}
