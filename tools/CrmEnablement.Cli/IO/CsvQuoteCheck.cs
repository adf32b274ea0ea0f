namespace CrmEnablement.Cli.IO;

/// <summary>
/// Finds where one CSV record's quoting breaks RFC 4180: a quote inside an unquoted field, text
/// after a closing quote, or a quoted field that never closes. The parser reads on past such
/// places, so the reader uses this to report the row instead of trusting its cells.
/// </summary>
internal static class CsvQuoteCheck
{
    /// <summary>The broken field's position and whether its quote never closes; null when the record is well quoted.</summary>
    public static QuoteProblem? Find(string record)
    {
        var field = 0;
        var atFieldStart = true;
        var inQuotes = false;
        var afterClosingQuote = false;
        for (var index = 0; index < record.Length; index++)
        {
            var ch = record[index];
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (index + 1 < record.Length && record[index + 1] == '"')
                    {
                        index++;
                    }
                    else
                    {
                        inQuotes = false;
                        afterClosingQuote = true;
                    }
                }

                continue;
            }

            if (ch == ',')
            {
                field++;
                atFieldStart = true;
                afterClosingQuote = false;
                continue;
            }

            if (ch == '\r' || ch == '\n')
            {
                continue;
            }

            if (ch == '"' && atFieldStart)
            {
                inQuotes = true;
                atFieldStart = false;
                continue;
            }

            if (ch == '"' || afterClosingQuote)
            {
                return new QuoteProblem(field, Unclosed: false);
            }

            atFieldStart = false;
        }

        return inQuotes ? new QuoteProblem(field, Unclosed: true) : null;
    }
}

/// <summary>Where a record's quoting breaks.</summary>
/// <param name="Field">The zero-based field position.</param>
/// <param name="Unclosed">True when the field's opening quote never closes.</param>
internal sealed record QuoteProblem(int Field, bool Unclosed);
