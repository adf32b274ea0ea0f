using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using CrmEnablement.Engine.Catalog;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>
/// Converts between catalogue items and <c>cen_enablementcontent</c> rows: labels become the
/// vocabulary's option values (multi-select columns as a comma-separated string, as the Web API
/// reads and writes them), and rows read back become items again for export and reports.
/// </summary>
internal sealed class ContentRecordMapper
{
    /// <summary>Every column an import writes (the key travels in the URL, never in the body).</summary>
    public static readonly IReadOnlyList<string> WrittenColumns = new[]
    {
        ContentColumns.Name, ContentColumns.Url, ContentColumns.Summary, ContentColumns.Kind, ContentColumns.Audience,
        ContentColumns.Medium, ContentColumns.Industries, ContentColumns.BuyerRoles, ContentColumns.JourneyPhases,
        ContentColumns.SalesStages, ContentColumns.Challenges, ContentColumns.Language, ContentColumns.StateCode,
        ContentColumns.StatusCode, ContentColumns.PublishedOn, ContentColumns.ExpiresOn, ContentColumns.Author,
        ContentColumns.Pinned, ContentColumns.RelatedTraining, ContentColumns.HelpfulCount, ContentColumns.NotHelpfulCount,
    };

    private static readonly Dictionary<string, Facet> MultiChoiceColumns = new()
    {
        [ContentColumns.Industries] = Facet.Industry,
        [ContentColumns.BuyerRoles] = Facet.BuyerRole,
        [ContentColumns.JourneyPhases] = Facet.Phase,
        [ContentColumns.SalesStages] = Facet.SalesStage,
        [ContentColumns.Challenges] = Facet.Challenge,
    };

    /// <summary>Columns written as JSON numbers.</summary>
    internal static readonly HashSet<string> NumberColumns = new(StringComparer.Ordinal)
    {
        ContentColumns.Kind, ContentColumns.Audience, ContentColumns.Medium, ContentColumns.StatusCode, ContentColumns.StateCode,
        ContentColumns.HelpfulCount, ContentColumns.NotHelpfulCount,
    };

    private readonly VocabularySet _vocabularies;

    public ContentRecordMapper(VocabularySet vocabularies)
    {
        _vocabularies = vocabularies;
    }

    /// <summary>The row an item should be. Labels are canonical (the validator resolved them).</summary>
    public ContentRecord ToRecord(ContentItem item)
    {
        var status = item.Status switch
        {
            ContentStatus.Published => ContentStatusLabels.Published,
            ContentStatus.Retired => ContentStatusLabels.Retired,
            _ => ContentStatusLabels.Draft,
        };
        return new ContentRecord(item.Id, new Dictionary<string, string?>
        {
            [ContentColumns.Name] = item.Title,
            [ContentColumns.Url] = item.Url,
            [ContentColumns.Summary] = item.Summary,
            [ContentColumns.Kind] = Value(Facet.Kind, item.Kind),
            [ContentColumns.Audience] = Value(Facet.Audience, item.IsInternal ? AudienceLabels.Internal : AudienceLabels.ClientFacing),
            [ContentColumns.Medium] = item.Medium is null ? null : Value(Facet.Medium, item.Medium),
            [ContentColumns.Industries] = Values(Facet.Industry, item.Industries),
            [ContentColumns.BuyerRoles] = Values(Facet.BuyerRole, item.BuyerRoles),
            [ContentColumns.JourneyPhases] = Values(Facet.Phase, item.Phases),
            [ContentColumns.SalesStages] = Values(Facet.SalesStage, item.SalesStages),
            [ContentColumns.Challenges] = Values(Facet.Challenge, item.Challenges),
            [ContentColumns.Language] = item.Language,
            [ContentColumns.StateCode] = Number(item.Status == ContentStatus.Retired ? ContentColumns.InactiveState : ContentColumns.ActiveState),
            [ContentColumns.StatusCode] = Value(Facet.Status, status),
            [ContentColumns.PublishedOn] = Date(item.PublishedOn),
            [ContentColumns.ExpiresOn] = Date(item.ExpiresOn),
            [ContentColumns.Author] = item.Author,
            [ContentColumns.Pinned] = item.Pinned ? "true" : "false",
            [ContentColumns.RelatedTraining] = item.RelatedTraining,
            [ContentColumns.HelpfulCount] = Number(item.Helpful),
            [ContentColumns.NotHelpfulCount] = Number(item.NotHelpful),
        });
    }

    /// <summary>A row as the Web API returned it (with the related training expanded).</summary>
    /// <exception cref="ProtocolException">The row has no external id (read those with <see cref="ExternalIdOf"/> first).</exception>
    public static ContentRecord FromJson(JsonElement row)
    {
        var externalId = ExternalIdOf(row) ?? throw new ProtocolException(CliMessages.RowWithoutKey);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var column in WrittenColumns.Where(column => column != ContentColumns.RelatedTraining))
        {
            var value = Text(row, column);
            values[column] = MultiChoiceColumns.ContainsKey(column) ? SortValues(value)
                : (column == ContentColumns.PublishedOn || column == ContentColumns.ExpiresOn) && value is { Length: > 10 } ? value.Substring(0, 10)
                : value;
        }

        values[ContentColumns.RelatedTraining] = null;
        string? relatedWithoutKey = null;
        if (row.TryGetProperty(ContentColumns.RelatedTrainingNavigation, out var related) && related.ValueKind == JsonValueKind.Object)
        {
            values[ContentColumns.RelatedTraining] = ExternalIdOf(related);
            relatedWithoutKey = values[ContentColumns.RelatedTraining] is null ? Text(related, ContentColumns.PrimaryId) ?? "" : null;
        }

        return new ContentRecord(externalId, values) { PrimaryId = Text(row, ContentColumns.PrimaryId), RelatedTrainingWithoutKey = relatedWithoutKey };
    }

    /// <summary>
    /// The row's external id, or null when it has none: the column was optional in the solution's
    /// first versions, so rows made in the app may lack it.
    /// </summary>
    public static string? ExternalIdOf(JsonElement row) => Text(row, ContentColumns.ExternalId) is { } id && !string.IsNullOrWhiteSpace(id) ? id : null;

    /// <summary>How to point a person at a row: its title and row id (either may be missing).</summary>
    public static (string? Title, string? RowId) Describe(JsonElement row) => (Text(row, ContentColumns.Name), Text(row, ContentColumns.PrimaryId));

    /// <summary>
    /// The catalogue item a row describes. Option values the vocabularies lack go to
    /// <paramref name="unknown"/> and are left out of the item (a single choice becomes empty).
    /// </summary>
    public ContentItem ToItem(ContentRecord record, ICollection<UnknownOption> unknown)
    {
        string? Label(Facet facet, string column) =>
            record[column] is { } value ? LabelOf(facet, column, value, unknown, record.ExternalId) : null;

        IReadOnlyList<string> Labels(Facet facet, string column) =>
            (record[column] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(value => LabelOf(facet, column, value, unknown, record.ExternalId))
                .Where(label => label is not null).Select(label => label!).ToArray();

        var status = Label(Facet.Status, ContentColumns.StatusCode);
        return new ContentItem
        {
            Id = record.ExternalId,
            Title = record[ContentColumns.Name] ?? "",
            Url = record[ContentColumns.Url] ?? "",
            Summary = record[ContentColumns.Summary] ?? "",
            Kind = Label(Facet.Kind, ContentColumns.Kind) ?? "",
            IsInternal = Label(Facet.Audience, ContentColumns.Audience) == AudienceLabels.Internal,
            Medium = Label(Facet.Medium, ContentColumns.Medium),
            Industries = Labels(Facet.Industry, ContentColumns.Industries),
            BuyerRoles = Labels(Facet.BuyerRole, ContentColumns.BuyerRoles),
            Phases = Labels(Facet.Phase, ContentColumns.JourneyPhases),
            SalesStages = Labels(Facet.SalesStage, ContentColumns.SalesStages),
            Challenges = Labels(Facet.Challenge, ContentColumns.Challenges),
            Language = record[ContentColumns.Language],
            Status = status == ContentStatusLabels.Published ? ContentStatus.Published : status == ContentStatusLabels.Retired ? ContentStatus.Retired : ContentStatus.Draft,
            PublishedOn = ParseDate(record[ContentColumns.PublishedOn]),
            ExpiresOn = ParseDate(record[ContentColumns.ExpiresOn]),
            Author = record[ContentColumns.Author],
            Pinned = record[ContentColumns.Pinned] == "true",
            RelatedTraining = record.RelatedTraining,
            Helpful = ParseCount(record[ContentColumns.HelpfulCount]),
            NotHelpful = ParseCount(record[ContentColumns.NotHelpfulCount]),
        };
    }

    private string? LabelOf(Facet facet, string column, string value, ICollection<UnknownOption> unknown, string id)
    {
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && _vocabularies[facet].TryGetByValue(number, out var term))
        {
            return term.Label;
        }

        unknown.Add(new UnknownOption(id, facet, column, value));
        return null;
    }

    private string Value(Facet facet, string label) =>
        _vocabularies[facet].TryGetTerm(label, out var term) ? Number(term.Value) : throw new InvalidOperationException($"'{label}' passed validation but is not in the {FacetNames.Display(facet)} vocabulary.");

    private string? Values(Facet facet, IReadOnlyList<string> labels) =>
        labels.Count == 0 ? null : SortValues(string.Join(",", labels.Select(label => Value(facet, label))));

    private static string? SortValues(string? values) =>
        values is null ? null : string.Join(",", values.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(value => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : int.MinValue)
            .OrderBy(number => number).Select(Number));

    private static string? Text(JsonElement row, string column)
    {
        if (!row.TryGetProperty(column, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Date(DateTime? date) => date?.ToString(CatalogColumns.DateFormat, CultureInfo.InvariantCulture);

    private static DateTime? ParseDate(string? text) =>
        DateTime.TryParseExact(text, CatalogColumns.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? DateTime.SpecifyKind(date, DateTimeKind.Utc) : null;

    private static int ParseCount(string? text) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) ? count : 0;
}
