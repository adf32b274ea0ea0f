using System.CommandLine;
using System.Text.Json;
using CrmEnablement.Cli.IO;
using CrmEnablement.Engine.Catalog;
using CrmEnablement.Engine.Settings;

namespace CrmEnablement.Cli.Commands;

/// <summary><c>cen validate</c>: checks a catalogue and lists every problem as FILE:LINE: column NAME: message.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var catalog = CommonOptions.Catalog();
        var format = new Option<string>("--format")
        {
            Description = "text (one problem per line) or json.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var settings = new Option<string?>("--settings") { Description = "Settings JSON whose vocabularies the catalogue uses." };
        var command = new Command("validate", "Check a catalogue CSV. Exit 0 when valid, 2 when not.") { catalog, format, settings };
        command.SetAction(result => CommandRunner.Run(context, result, () =>
        {
            var path = result.GetValue(catalog)!;
            var settingsPath = result.GetValue(settings);
            var engineSettings = settingsPath is null ? EngineSettings.Default : SettingsJsonReader.Read(settingsPath);
            var validation = CatalogCsvReader.ReadAndValidate(path, new CatalogValidator(engineSettings.Vocabularies));
            if (result.GetValue(format) == "json")
            {
                WriteJson(context, path, validation);
            }
            else
            {
                foreach (var problem in validation.Problems)
                {
                    context.Out.WriteLine(problem.Format(path));
                }

                context.Out.WriteLine(validation.IsValid
                    ? CliMessages.Valid(path, validation.RowCount)
                    : CliMessages.Invalid(path, validation.Problems.Count, validation.RowCount));
            }

            return validation.IsValid ? ExitCodes.Ok : ExitCodes.InvalidInput;
        }));
        return command;
    }

    private static void WriteJson(CliContext context, string path, CatalogValidation validation)
    {
        using var stream = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            writer.WriteStartObject();
            writer.WriteString("file", path);
            writer.WriteBoolean("valid", validation.IsValid);
            writer.WriteNumber("rows", validation.RowCount);
            writer.WriteStartArray("problems");
            foreach (var problem in validation.Problems)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", problem.Line);
                if (problem.Column is null)
                {
                    writer.WriteNull("column");
                }
                else
                {
                    writer.WriteString("column", problem.Column);
                }

                writer.WriteString("message", problem.Message);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        context.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
