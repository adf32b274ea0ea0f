using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CrmEnablement.Engine.Catalog;
using CsvHelper;
using CsvHelper.Configuration;

namespace CrmEnablement.Cli.IO;

/// <summary>
/// Reads a catalogue CSV (RFC 4180: quoted fields may hold commas, quotes and line breaks; CRLF
/// or LF) into text rows that remember the file line they start on, for the engine's validator.
/// </summary>
public static class CatalogCsvReader
{
    /// <summary>Reads and validates the catalogue at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is missing, unreadable, not UTF-8 or not CSV.</exception>
    public static CatalogValidation ReadAndValidate(string path, CatalogValidator validator)
    {
        var text = InputFile.ReadText(path, "catalogue");
        var (header, rows) = Parse(path, text);
        return validator.Validate(header, rows);
    }

    /// <summary>Splits CSV text into the header cells and the data rows.</summary>
    public static (IReadOnlyList<string>? Header, IReadOnlyList<CatalogRow> Rows) Parse(string path, string text)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            IgnoreBlankLines = true,
            DetectColumnCountChanges = false,
            BadDataFound = null,
        };
        var rows = new List<CatalogRow>();
        IReadOnlyList<string>? header = null;
        using var parser = new CsvParser(new StringReader(text), configuration);
        var line = 1;
        try
        {
            while (parser.Read())
            {
                // A record's first line: its last line minus the line breaks inside it.
                var raw = parser.RawRecord.TrimEnd('\r', '\n');
                var quoting = CsvQuoteCheck.Find(raw);
                // A quote left open runs to the end of the file: its final line break is inside the
                // field, not the record's end, and the parser has counted past it.
                line = parser.RawRow - (quoting is { Unclosed: true } ? parser.RawRecord : raw).Count(ch => ch == '\n');
                var cells = parser.Record ?? Array.Empty<string>();
                // Spreadsheets often leave rows of empty cells (",,,,") at the end: they are not data.
                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (header is null)
                {
                    if (quoting is not null)
                    {
                        throw new InputException(CliMessages.MalformedCsv(path, line, CatalogMessages.StrayQuote));
                    }

                    header = cells;
                }
                else
                {
                    rows.Add(new CatalogRow(line, cells) { ReadProblem = quoting is null ? null : ReadProblem(line, quoting, header) });
                }
            }
        }
        catch (CsvHelperException error)
        {
            throw new InputException(CliMessages.MalformedCsv(path, line, error.Message.Split('\n')[0].Trim()));
        }

        return (header, rows);
    }

    private static CatalogProblem ReadProblem(int line, QuoteProblem quoting, IReadOnlyList<string> header)
    {
        var column = quoting.Field < header.Count ? header[quoting.Field].Trim() : header[header.Count - 1].Trim();
        var canonical = CatalogColumns.All.FirstOrDefault(name => string.Equals(name, column, StringComparison.OrdinalIgnoreCase)) ?? column;
        return new CatalogProblem(line, canonical, quoting.Unclosed ? CatalogMessages.UnclosedQuote : CatalogMessages.StrayQuote);
    }
}
