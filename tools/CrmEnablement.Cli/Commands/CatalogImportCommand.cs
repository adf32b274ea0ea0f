using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CrmEnablement.Cli.Dataverse;
using CrmEnablement.Cli.Import;
using CrmEnablement.Cli.IO;
using CrmEnablement.Engine.Catalog;
using CrmEnablement.Engine.Settings;

namespace CrmEnablement.Cli.Commands;

/// <summary>
/// <c>cen catalog import</c>: validates the whole file, then upserts its rows into
/// <c>cen_enablementcontents</c> by external id. Exit 0, 2 (invalid, nothing sent), 3 (rows
/// rejected; when every row is invalid the environment is not contacted at all), 4 (environment
/// unreachable or sign-in refused), 130 (stopped by Ctrl+C).
/// </summary>
internal static class CatalogImportCommand
{
    /// <summary>The largest batch Dataverse accepts.</summary>
    public const int MaxBatchSize = 1000;

    public static Command Create(CliContext context, DataverseClientOptions dataverse)
    {
        var file = new Option<string>("--file") { Description = "The catalogue CSV to import.", Required = true };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Import the valid rows and reject the invalid ones (exit 3) instead of sending nothing (exit 2)." };
        var rejects = new Option<string?>("--rejects") { Description = "Write rejected rows to this CSV: a reason column, then each row as the file had it." };
        var batchSize = new Option<int>("--batch-size") { Description = "Row writes per $batch request, 1–1000.", DefaultValueFactory = _ => 100, CustomParser = CommonOptions.WholeNumberOr(100) };
        var dryRun = new Option<bool>("--dry-run") { Description = "Compare with the environment and say what would change; write nothing." };
        var settings = new Option<string?>("--settings") { Description = "Settings JSON whose vocabularies (labels → option values) to use." };
        var connection = new ConnectionOptions();
        var command = new Command("import", "Create or update the environment's content rows from a catalogue CSV.") { file, skipInvalid, rejects, batchSize, dryRun, settings };
        connection.AddTo(command);
        command.SetAction((result, cancellationToken) => RemoteCommandRunner.RunAsync(context, result, async (safe, redactor) =>
        {
            var size = result.GetValue(batchSize);
            if (size < 1 || size > MaxBatchSize)
            {
                throw new InputException(CliMessages.BadBatchSize(size));
            }

            var target = RemoteCommandRunner.Resolve(connection, result, redactor);
            var engineSettings = result.GetValue(settings) is { } settingsPath ? SettingsJsonReader.Read(settingsPath) : EngineSettings.Default;
            var path = result.GetValue(file)!;
            var (header, rows) = CatalogCsvReader.Parse(path, InputFile.ReadText(path, "catalogue"));
            var validation = new CatalogValidator(engineSettings.Vocabularies).Validate(header, rows);
            var invalid = Refuse(safe, path, validation, result.GetValue(skipInvalid));
            var rejectsPath = result.GetValue(rejects);
            if (rejectsPath is not null)
            {
                CheckRejectsPath(rejectsPath, path);
            }

            if (validation.Items.Count == 0 && invalid.Count > 0)
            {
                // Every row is invalid: there is nothing to send, so the environment is not contacted.
                var nothing = new ImportResult { Total = validation.RowCount };
                invalid.ForEach(nothing.Reject);
                WriteRejectsIfAsked(rejectsPath, header!, rows, nothing.Rejected);
                return Report(safe, path, CliMessages.NothingImported(path, target.EnvironmentUrl, invalid.Count, rejectsPath), nothing);
            }

            using var client = await DataverseConnector.ConnectAsync(target, safe.Error, dataverse, cancellationToken).ConfigureAwait(false);
            var importer = new ContentImporter(client, new ContentRecordMapper(engineSettings.Vocabularies), new ImportOptions(size, result.GetValue(dryRun)));
            var outcome = await Run(context, safe, redactor, client, path, importer, validation, invalid, cancellationToken).ConfigureAwait(false);
            WriteRejectsIfAsked(rejectsPath, header!, rows, outcome.Rejected);
            return Report(safe, path, CliMessages.ImportSummary(path, client.EnvironmentUrl, outcome, rejectsPath, result.GetValue(dryRun)), outcome);
        }));
        return command;
    }

    /// <summary>A rejects file that cannot be written stops the import before anything is read or sent (exit 2).</summary>
    private static void CheckRejectsPath(string rejectsPath, string catalogPath)
    {
        OutputFile.CheckWritable(rejectsPath, "rejects file");
        if (OutputFile.SameFile(rejectsPath, catalogPath))
        {
            throw new InputException(CliMessages.RejectsIsCatalogue(rejectsPath));
        }
    }

    private static List<RejectedRow> Refuse(CliContext context, string path, CatalogValidation validation, bool skipInvalid)
    {
        if (validation.IsValid)
        {
            return new List<RejectedRow>();
        }

        var lines = validation.Problems.Select(problem => problem.Format(path)).ToList();
        if (validation.HasFileProblems || !skipInvalid)
        {
            lines.Add(validation.HasFileProblems ? CliMessages.CatalogFileInvalid(path) : CliMessages.ImportInvalid(path, validation.Problems.Count));
            throw new InputException(lines);
        }

        return validation.Problems.GroupBy(problem => problem.Line)
            .Select(group => new RejectedRow(group.Key, "", string.Join("; ", group.Select(problem => problem.Column is null ? problem.Message : $"column {problem.Column}: {problem.Message}"))))
            .ToList();
    }

    private static Task<ImportResult> Run(CliContext raw, CliContext safe, SecretRedactor redactor, DataverseClient client, string path, ContentImporter importer,
        CatalogValidation validation, List<RejectedRow> invalid, CancellationToken cancellationToken)
    {
        var total = validation.RowCount;
        if (raw.ProgressIsTerminal)
        {
            // The bar carries counts only, so it may bypass the line-buffered redacting writer;
            // the client's notices of retries do not, and go above the bar while it is drawn.
            return SpectreProgress.RunAsync(raw.Error, CliMessages.ImportingTitle(Path.GetFileName(path)), async progress =>
            {
                using var notices = new RedactingTextWriter(progress.Lines, redactor);
                client.Notices = notices;
                try
                {
                    return await importer.RunAsync(validation.Items, total, invalid, progress, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    client.Notices = safe.Error;
                }
            });
        }

        return importer.RunAsync(validation.Items, total, invalid, new PlainProgress(safe.Error), cancellationToken);
    }

    private static void WriteRejectsIfAsked(string? path, IReadOnlyList<string> header, IReadOnlyList<CatalogRow> rows, IReadOnlyList<RejectedRow> rejected)
    {
        if (path is null)
        {
            return;
        }

        var byLine = rows.ToDictionary(row => row.Line);
        try
        {
            using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            RejectsCsvWriter.Write(writer, header, rejected.Where(row => byLine.ContainsKey(row.Line)).Select(row => (byLine[row.Line], row.Reason)));
        }
        catch (Exception error) when (error is IOException || error is UnauthorizedAccessException)
        {
            throw new InputException(CliMessages.CannotWrite(path, error.Message));
        }
    }

    private static int Report(CliContext context, string path, IReadOnlyList<string> summary, ImportResult outcome)
    {
        foreach (var row in outcome.Rejected)
        {
            context.Error.WriteLine(CliMessages.RejectedRowLine(path, row.Line, row.Reason));
        }

        foreach (var line in summary)
        {
            context.Out.WriteLine(line);
        }

        switch (outcome.Failure)
        {
            case EnvironmentException failure:
                context.Error.WriteLine(failure.Message);
                return ExitCodes.EnvironmentFailure;
            case { } failure:
                context.Error.WriteLine(failure.Message);
                return ExitCodes.Unexpected;
        }

        if (outcome.Cancelled)
        {
            context.Error.WriteLine(CliMessages.ImportStopped(outcome.Done, outcome.Total));
            return ExitCodes.Cancelled;
        }

        return outcome.Rejected.Count > 0 ? ExitCodes.CompletedWithRejections : ExitCodes.Ok;
    }
}
