using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using CrmEnablement.Cli.IO;
using CrmEnablement.Engine.Catalog;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Serialization;
using CrmEnablement.Engine.Settings;

namespace CrmEnablement.Cli.Commands;

/// <summary><c>cen recommend</c>: ranks the catalogue for every opportunity in a file.</summary>
internal static class RecommendCommand
{
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static Command Create(CliContext context)
    {
        var catalog = CommonOptions.Catalog();
        var opportunities = new Option<string>("--opportunities") { Description = "The opportunities JSON array.", Required = true };
        var settings = new Option<string?>("--settings") { Description = "Settings JSON (weights, caps, stage → phase map, vocabularies); defaults when omitted." };
        var asOf = new Option<string?>("--as-of") { Description = "The day to rank for, yyyy-MM-dd; today (UTC) when omitted." };
        var top = new Option<int?>("--top") { Description = "Suggestions per opportunity (1–100); the settings' topK when omitted.", CustomParser = CommonOptions.WholeNumber };
        var format = new Option<string?>("--format") { Description = "json or table; table at a terminal, json otherwise." };
        format.AcceptOnlyFromAmong("json", "table");
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Warn about invalid catalogue rows and rank with the valid ones." };
        var command = new Command("recommend", "Suggest content for each opportunity, with reasons.")
        {
            catalog, opportunities, settings, asOf, top, format, output, skipInvalid,
        };
        command.SetAction(result => CommandRunner.Run(context, result, () =>
        {
            var day = ParseAsOf(result.GetValue(asOf), context.Clock);
            var engineSettings = result.GetValue(settings) is { } settingsPath ? SettingsJsonReader.Read(settingsPath) : EngineSettings.Default;
            if (result.GetValue(top) is { } topK)
            {
                if (topK < 1 || topK > 100)
                {
                    throw new InputException(CliMessages.BadTop(topK));
                }

                engineSettings = engineSettings with { TopK = topK };
            }

            var catalogPath = result.GetValue(catalog)!;
            var items = LoadCatalog(context, catalogPath, engineSettings, result.GetValue(skipInvalid));
            var deals = OpportunitiesJsonReader.Read(result.GetValue(opportunities)!);
            var ranker = new Ranker(CatalogIndex.Build(items.ContentItems, engineSettings));
            var rankings = ranker.RankAll(deals, day);
            var outPath = result.GetValue(output);
            var chosenFormat = result.GetValue(format) ?? (outPath is null && context.OutputIsTerminal ? "table" : "json");
            Emit(context, outPath, chosenFormat, day, rankings);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static DateTime ParseAsOf(string? text, IClock clock)
    {
        if (text is null)
        {
            return clock.UtcNow.Date;
        }

        if (DateTime.TryParseExact(text, CatalogColumns.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        throw new InputException(CliMessages.BadAsOf(text));
    }

    private static CatalogValidation LoadCatalog(CliContext context, string path, EngineSettings settings, bool skipInvalid)
    {
        var validation = CatalogCsvReader.ReadAndValidate(path, new CatalogValidator(settings.Vocabularies));
        if (validation.IsValid)
        {
            return validation;
        }

        var lines = validation.Problems.Select(problem => problem.Format(path)).ToList();
        if (validation.HasFileProblems)
        {
            lines.Add(CliMessages.CatalogFileInvalid(path));
            throw new InputException(lines);
        }

        if (!skipInvalid)
        {
            lines.Add(CliMessages.CatalogInvalid(path, validation.Problems.Count));
            throw new InputException(lines);
        }

        if (validation.Items.Count == 0)
        {
            // An empty ranking with exit 0 would read as "nothing fits" rather than "nothing was read".
            lines.Add(CliMessages.NoValidRowLeft(path, validation.RowCount));
            throw new InputException(lines);
        }

        foreach (var line in lines)
        {
            context.Error.WriteLine("cen: warning: " + line);
        }

        context.Error.WriteLine(CliMessages.SkippedRows(path, validation.RowCount - validation.Items.Count));
        return validation;
    }

    private static void Emit(CliContext context, string? outPath, string format, DateTime day, System.Collections.Generic.IReadOnlyList<OpportunityRanking> rankings)
    {
        if (format == "table")
        {
            if (outPath is null)
            {
                SuggestionsTableWriter.Write(context.Out, rankings, colour: context.OutputIsTerminal);
                return;
            }

            using var writer = new StringWriter();
            SuggestionsTableWriter.Write(writer, rankings, colour: false);
            WriteFile(outPath, Utf8.GetBytes(writer.ToString()));
        }
        else if (outPath is null)
        {
            context.Out.Write(SuggestionsJson.Write(day, rankings));
            return;
        }
        else
        {
            WriteFile(outPath, Utf8.GetBytes(SuggestionsJson.Write(day, rankings)));
        }

        context.Error.WriteLine(CliMessages.Written(outPath, rankings.Count));
    }

    private static void WriteFile(string path, byte[] bytes)
    {
        try
        {
            File.WriteAllBytes(path, bytes);
        }
        catch (Exception error) when (error is IOException || error is UnauthorizedAccessException)
        {
            throw new InputException(CliMessages.CannotWrite(path, error.Message));
        }
    }
}
