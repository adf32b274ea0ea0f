using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>Writes the JSON bodies of content upserts.</summary>
internal static class ContentJson
{
    /// <summary>
    /// The JSON body of an upsert. <paramref name="withCounters"/> seeds the feedback counters
    /// (new rows only); <paramref name="bindRelated"/> false leaves the lookup for a later pass.
    /// </summary>
    public static string ToJson(ContentRecord record, bool withCounters, bool bindRelated)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            foreach (var column in ContentRecordMapper.WrittenColumns)
            {
                var value = record[column];
                if (column == ContentColumns.RelatedTraining)
                {
                    if (bindRelated)
                    {
                        WriteBind(json, value);
                    }
                }
                else if ((column == ContentColumns.HelpfulCount || column == ContentColumns.NotHelpfulCount) && !withCounters)
                {
                    continue;
                }
                else if (value is null)
                {
                    json.WriteNull(column);
                }
                else if (column == ContentColumns.Pinned)
                {
                    json.WriteBoolean(column, value == "true");
                }
                else if (ContentRecordMapper.NumberColumns.Contains(column))
                {
                    json.WriteNumber(column, int.Parse(value, CultureInfo.InvariantCulture));
                }
                else
                {
                    json.WriteString(column, value);
                }
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The JSON body that sets only the related training lookup.</summary>
    public static string BindOnlyJson(string? relatedTraining)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            WriteBind(json, relatedTraining);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteBind(Utf8JsonWriter json, string? relatedTraining)
    {
        var name = ContentColumns.RelatedTrainingNavigation + "@odata.bind";
        if (relatedTraining is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, "/" + ContentColumns.KeyPath(relatedTraining));
        }
    }
}
