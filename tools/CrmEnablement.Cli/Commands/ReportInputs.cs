using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CrmEnablement.Cli.Dataverse;
using CrmEnablement.Cli.IO;
using CrmEnablement.Engine.Catalog;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Settings;

namespace CrmEnablement.Cli.Commands;

/// <summary>What the report commands share: the catalogue from a file or an environment, the day, writing files.</summary>
internal static class ReportInputs
{
    /// <summary>The valid items of a catalogue file; any problem stops the report (exit 2), as for <c>cen recommend</c>.</summary>
    public static IReadOnlyList<ContentItem> CatalogFromFile(string path, EngineSettings settings)
    {
        var validation = CatalogCsvReader.ReadAndValidate(path, new CatalogValidator(settings.Vocabularies));
        if (!validation.IsValid)
        {
            var lines = validation.Problems.Select(problem => problem.Format(path)).ToList();
            lines.Add(CliMessages.CatalogInvalidForReport(path, validation.Problems.Count));
            throw new InputException(lines);
        }

        return validation.ContentItems;
    }

    /// <summary>
    /// Every content row of the environment as items; rows without an external id and unknown
    /// option values are warned about, and the reports go on without them.
    /// </summary>
    public static async Task<IReadOnlyList<ContentItem>> CatalogFromEnvironmentAsync(DataverseClient client, EngineSettings settings, TextWriter warnings, CancellationToken cancellationToken)
    {
        var records = await ContentReader.ReadAllAsync(client, warnings, cancellationToken).ConfigureAwait(false);
        return ItemsOf(records, settings, warnings);
    }

    /// <summary><paramref name="records"/> as items; option values the vocabularies lack are warned about and left out.</summary>
    public static IReadOnlyList<ContentItem> ItemsOf(IReadOnlyList<ContentRecord> records, EngineSettings settings, TextWriter warnings)
    {
        var unknown = new List<UnknownOption>();
        var mapper = new ContentRecordMapper(settings.Vocabularies);
        var items = records.Select(record => mapper.ToItem(record, unknown)).ToArray();
        foreach (var option in unknown)
        {
            warnings.WriteLine(option.Warning);
        }

        return items;
    }

    /// <summary>The day from <c>--as-of</c>, or the clock's.</summary>
    public static DateTime Day(string? text, IClock clock)
    {
        if (text is null)
        {
            return clock.UtcNow.Date;
        }

        return DateTime.TryParseExact(text, CatalogColumns.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new InputException(CliMessages.BadAsOf(text));
    }

    /// <summary>Writes a UTF-8 file (no BOM) with <paramref name="write"/>; an unwritable path is exit 2.</summary>
    public static void WriteFile(string path, Action<TextWriter> write)
    {
        try
        {
            using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            write(writer);
        }
        catch (Exception error) when (error is IOException || error is UnauthorizedAccessException)
        {
            throw new InputException(CliMessages.CannotWrite(path, error.Message));
        }
    }
}
