using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using CrmEnablement.Cli.Dataverse;
using CrmEnablement.Cli.IO;
using CrmEnablement.Engine.Settings;

namespace CrmEnablement.Cli.Commands;

/// <summary><c>cen catalog export</c>: the environment's catalogue as catalogue CSV, which imports back unchanged.</summary>
internal static class CatalogExportCommand
{
    public static Command Create(CliContext context, DataverseClientOptions dataverse)
    {
        var output = new Option<string>("--out") { Description = "The CSV file to write.", Required = true };
        var settings = new Option<string?>("--settings") { Description = "Settings JSON whose vocabularies (option values → labels) to use." };
        var connection = new ConnectionOptions();
        var command = new Command("export", "Write the environment's content rows as a catalogue CSV.") { output, settings };
        connection.AddTo(command);
        command.SetAction((result, cancellationToken) => RemoteCommandRunner.RunAsync(context, result, async (safe, redactor) =>
        {
            var target = RemoteCommandRunner.Resolve(connection, result, redactor);
            var engineSettings = result.GetValue(settings) is { } settingsPath ? SettingsJsonReader.Read(settingsPath) : EngineSettings.Default;
            var path = result.GetValue(output)!;
            using var client = await DataverseConnector.ConnectAsync(target, safe.Error, dataverse, cancellationToken).ConfigureAwait(false);
            var records = await ContentReader.ReadAllAsync(client, cancellationToken).ConfigureAwait(false);
            var warnings = new List<string>();
            var mapper = new ContentRecordMapper(engineSettings.Vocabularies);
            var items = records.Select(record => mapper.ToItem(record, warnings)).ToArray();
            foreach (var warning in warnings)
            {
                safe.Error.WriteLine(warning);
            }

            try
            {
                using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                CatalogCsvWriter.Write(writer, items);
            }
            catch (Exception error) when (error is IOException || error is UnauthorizedAccessException)
            {
                throw new InputException(CliMessages.CannotWrite(path, error.Message));
            }

            safe.Out.WriteLine(CliMessages.Exported(items.Length, client.EnvironmentUrl, path));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
